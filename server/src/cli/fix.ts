// `check --fix` and `--fix-dry-run`: the editor's fix-all (features/code-actions/fix-all.ts) over
// files on disk, pass after pass until nothing changes. A fixed file is written to a temporary file
// beside it and renamed over it, keeping its byte order mark and line endings; one that changed on
// disk since it was read is left alone.

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';
import type { SpanEdit } from '../features/code-actions/fix';
import { fixAll } from '../features/code-actions/fix-all';
import { checkBytes, planBoundary, type RunSettings } from './check-file';
import type { CliConfigs } from './configs';
import { displayPath } from './inputs';
import { readPlanFile } from '../node/read-gate';
import type { InputError, InputNotice } from './report';

/** Fixes can enable others (a fixed date makes a horizon readable); beyond this many passes, something loops. */
export const MAX_PASSES = 10;

const BOM = '\uFEFF';

/** Applies non-overlapping edits, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** The text after the safe fixes, applied until none is left or MAX_PASSES; the text itself when nothing applies. */
export function fixText(file: string, text: string, settings: RunSettings, configs: CliConfigs): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { document } = checkBytes(file, Buffer.from(current), { ...settings, cache: false }, configs);
    if (!document) break;
    const { plan, findings } = document;
    const edits = fixAll(
      findings.map((f) => ({ ruleId: f.ruleId, span: f.span, data: f.data ?? {} })),
      { plan, today: settings.today },
    );
    if (edits.length === 0) break;
    const next = applyEdits(plan.text, edits);
    if (next === plan.text) break;
    current = next;
  }
  return current;
}

export interface FixRun {
  /** Write the fixed files (--fix), or only show the edits (--fix-dry-run). */
  readonly write: boolean;
  readonly files: readonly string[];
  readonly settings: RunSettings;
  readonly configs: CliConfigs;
}

export interface FixOutcome {
  /** Unified diffs of the changes (--fix-dry-run), in file order. */
  readonly diff: string;
  readonly fixed: readonly string[];
  /** Files left alone because they changed while the run fixed them. */
  readonly notices: readonly InputNotice[];
  /** Fixes that could not be written. */
  readonly errors: readonly InputError[];
}

export const CHANGED_ON_DISK = 'The file changed on disk while it was being fixed, so it was left as it is; run --fix again.';

/** Writes beside the file and renames over it, unless the file is no longer the bytes the fixes were made from. */
export function writeAtomically(file: string, read: Buffer, content: string): 'written' | 'changed' | { error: string } {
  const target = realpathSync(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.mentoring-plans.tmp`);
  try {
    if (!readFileSync(target).equals(read)) return 'changed';
    writeFileSync(temp, content, { mode: statSync(target).mode });
    renameSync(temp, target);
    return 'written';
  } catch (error) {
    rmSync(temp, { force: true });
    return { error: `Cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? String(error)}); the file was left as it is.` };
  }
}

export function fixFiles(run: FixRun): FixOutcome {
  const fixed: string[] = [];
  const notices: InputNotice[] = [];
  const errors: InputError[] = [];
  let diff = '';
  for (const file of run.files) {
    // Through the same gate as the check, which reports whatever it refuses.
    const gated = readPlanFile(file, [planBoundary(file, run.settings)], run.settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (gated.kind !== 'text' || gated.bytes.includes(0)) continue;
    const read = gated.bytes;
    const original = read.toString('utf8');
    const bom = original.startsWith(BOM) ? BOM : '';
    const text = original.slice(bom.length);
    const after = fixText(file, text, run.settings, run.configs);
    if (after === text) continue;
    const where = displayPath(run.settings.cwd, file);
    if (!run.write) {
      diff += createTwoFilesPatch(`a/${where}`, `b/${where}`, text, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
      fixed.push(where);
      continue;
    }
    const written = writeAtomically(file, read, bom + after);
    if (written === 'written') fixed.push(where);
    else if (written === 'changed') notices.push({ path: where, message: CHANGED_ON_DISK });
    else errors.push({ path: where, message: written.error });
  }
  return { diff, fixed, notices, errors };
}
