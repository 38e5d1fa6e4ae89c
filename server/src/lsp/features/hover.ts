// textDocument/hover over plans: goal statements, field labels, why-links.

import * as path from 'node:path';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Span } from '../../core/text';
import { fieldHover, goalHover, linkHover, linkPreview, refusedLinkHover } from '../../features/hover';
import { fieldLabelAt, goalLinkAt, goalStatementAt } from '../../features/locate';
import { toRange } from '../diagnostics';
import { linkDestination, uriToPath } from '../../node/paths';
import type { Feature } from '../server-context';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
      const analysis = await context.analyze(textDocument.uri);
      if (!analysis?.isPlan) return null;
      const { plan } = analysis;
      const offset = plan.lines.offsetAt(position);
      const answer = (value: string | undefined, span: Span): Hover | null => (value ? { contents: { kind: MarkupKind.Markdown, value }, range: toRange(plan.lines, span) } : null);
      const goal = goalStatementAt(plan, offset);
      if (goal) return answer(goalHover(goal, analysis.properties(goal)), goal.statementSpan);
      const field = fieldLabelAt(plan, offset);
      if (field) return answer(fieldHover(field), field.labelSpan);
      const link = goalLinkAt(plan, offset);
      const file = uriToPath(textDocument.uri);
      const destination = link && file ? linkDestination(file, link) : undefined;
      if (!link || !file || !destination) return null;
      const where = destination.path === file ? 'this plan' : path.relative(path.dirname(file), destination.path).split(path.sep).join('/');
      // A file the read gate refuses is never shown; the hover says why instead.
      const read = context.index.linkedText(destination.path, file, context.maxFileSize(textDocument.uri));
      if ('refused' in read) return answer(refusedLinkHover(where, read.refused), link.span);
      const preview = linkPreview(read.text, destination.slug);
      return preview ? answer(linkHover(preview, where), link.span) : null;
    });
  },
};
