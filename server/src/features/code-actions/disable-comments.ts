// Every diagnostic: switch its rule off for the line (a comment above it, indented like it) or for
// the file (a comment after the front matter). An existing comment of the same kind gets the rule added.

import type { InlineComment, Plan } from '../../core/model';
import { indentOfLine, insertAt, type FixTarget, type QuickFix, type SpanEdit } from './fix';

const comment = (directive: InlineComment['directive'], ruleId: string): string => `<!-- mentoring-plans-${directive} ${ruleId} -->`;

/** Adds the rule to a comment that already names rules; a comment naming none already covers every rule. */
function extend(existing: InlineComment, ruleId: string): SpanEdit | undefined {
  const last = existing.rules[existing.rules.length - 1];
  return last ? insertAt(last.span.end, ` ${ruleId}`) : undefined;
}

export function disableFixes(target: FixTarget, plan: Plan): QuickFix[] {
  const { ruleId } = target;
  const fixes: QuickFix[] = [];
  const line = plan.lines.lineOf(target.span.start);
  const inFrontMatter = plan.frontMatter && target.span.start < plan.frontMatter.span.end;
  // A comment inside the YAML front matter would break it; only the file-wide comment works there.
  if (!inFrontMatter) {
    const above = plan.comments.find((c) => c.directive === 'disable-next-line' && plan.lines.lineOf(c.span.end) === line - 1);
    const edit = above ? extend(above, ruleId) : insertAt(plan.lines.lineStart(line), `${indentOfLine(plan, target.span.start)}${comment('disable-next-line', ruleId)}${plan.lines.eol}`);
    if (edit) fixes.push({ title: `Disable ${ruleId} for this line`, edits: [edit] });
  }
  const fileWide = plan.comments.find((c) => c.directive === 'disable-file');
  const edit = fileWide ? extend(fileWide, ruleId) : fileCommentEdit(plan, comment('disable-file', ruleId));
  if (edit) fixes.push({ title: `Disable ${ruleId} for this file`, edits: [edit] });
  return fixes;
}

function fileCommentEdit(plan: Plan, text: string): SpanEdit {
  const eol = plan.lines.eol;
  if (plan.frontMatter) return insertAt(plan.frontMatter.span.end, `${eol}${eol}${text}`);
  const bom = plan.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return insertAt(bom, `${text}${eol}${eol}`);
}
