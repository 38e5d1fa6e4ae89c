// mentoringPlans/checkWorkspace: checks every plan of the workspace, open or not, into the client's
// problem list, so a mentor sees the whole folder before a review day.

import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceResult } from '../../protocol';
import type { Feature } from '../server-context';

export const checkWorkspace: Feature = {
  register(context) {
    // Closed plans whose findings this request pushed; an open plan gets its own diagnostics.
    const pushed = new Set<string>();
    context.connection.onRequest(CHECK_WORKSPACE_REQUEST, async (): Promise<CheckWorkspaceResult> => {
      let plans = 0;
      let problems = 0;
      for (const file of await context.index.files()) {
        if (!file.isPlan) continue;
        const analysis = await context.analyzeFile(file.uri);
        if (!analysis?.isPlan) continue;
        plans++;
        problems += analysis.diagnostics.length;
        if (context.documents.get(file.uri)) continue;
        pushed.add(file.uri);
        await context.connection.sendDiagnostics({ uri: file.uri, diagnostics: [...analysis.diagnostics] });
      }
      return { plans, problems };
    });
    context.documents.onDidOpen(({ document }) => {
      // With pull diagnostics the editor would show the pushed copy beside the pulled one.
      if (context.pullDiagnostics && pushed.delete(document.uri)) void context.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
  },
};
