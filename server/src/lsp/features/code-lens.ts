// textDocument/codeLens: properties met per goal, linking goals per purpose; refreshed when other files change.

import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver';
import { goalLens, purposeLens } from '../../features/code-lens';
import { toRange } from '../diagnostics';
import { uriToPath } from '../../node/paths';
import type { Feature } from '../server-context';

/** Edits elsewhere change link counts; one refresh per burst of edits is enough. */
const REFRESH_MS = 500;

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(context) {
    let timer: NodeJS.Timeout | undefined;
    context.index.onDidChange(() => {
      if (!context.clientCapabilities.workspace?.codeLens?.refreshSupport) return;
      clearTimeout(timer);
      timer = setTimeout(() => void context.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), REFRESH_MS);
    });
    context.connection.onCodeLens(async ({ textDocument }) => {
      const analysis = await context.analyze(textDocument.uri);
      const file = uriToPath(textDocument.uri);
      if (!analysis?.isPlan || !file) return null;
      const { plan } = analysis;
      const lenses: CodeLens[] = [];
      for (const purpose of plan.purposes) {
        const linking = await context.index.linksTo(file, purpose.heading.slug);
        lenses.push(purposeLens(toRange(plan.lines, purpose.heading.span), new Set(linking.map((l) => l.goal)).size));
      }
      for (const goal of plan.goals) lenses.push(goalLens(toRange(plan.lines, goal.statementSpan), goal, analysis.properties(goal)));
      return lenses;
    });
  },
};
