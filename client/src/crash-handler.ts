// What the client does when the server dies: restart it a few times, then stop with a clear message
// offering the output (where the server logged why) and a manual restart.

import { window, type OutputChannel } from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import { RestartBudget, RESTART_WINDOW_MS } from './restart-budget';

export interface CrashHandlerOptions {
  readonly output: OutputChannel;
  /** Starts the server again after the client gave up on it. */
  readonly restart: () => Promise<void>;
  readonly budget?: RestartBudget;
}

export function crashHandler({ output, restart, budget = new RestartBudget() }: CrashHandlerOptions): ErrorHandler {
  return {
    // Read or write errors on the connection: the library's default tolerance, then shut down.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      if (budget.allowRestart()) {
        output.appendLine(`The Mentoring Plans server stopped unexpectedly; restarting it (${budget.recentCrashes} in the last ${RESTART_WINDOW_MS / 60000} minutes).`);
        return { action: CloseAction.Restart, handled: true };
      }
      const message = `The Mentoring Plans server stopped ${budget.recentCrashes} times in ${RESTART_WINDOW_MS / 60000} minutes, so it was not restarted again. Plans are not being checked until you restart it.`;
      output.appendLine(message);
      void window.showErrorMessage(message, 'Show Output', 'Restart').then(async (choice) => {
        if (choice === 'Show Output') output.show();
        if (choice === 'Restart') {
          budget.reset();
          await restart().catch((error: unknown) => output.appendLine(`Restart failed: ${String(error)}`));
        }
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
