// textDocument/documentSymbol: the outline of a plan.

import { documentSymbols as outline, flattenSymbols } from '../../features/document-symbols';
import type { Feature } from '../server-context';

export const documentSymbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Mentoring plan' } }),
  register(context) {
    context.connection.onDocumentSymbol(async ({ textDocument }) => {
      const analysis = await context.analyze(textDocument.uri);
      if (!analysis?.isPlan) return null;
      const symbols = outline(analysis.plan);
      return context.clientCapabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flattenSymbols(textDocument.uri, symbols);
    });
  },
};
