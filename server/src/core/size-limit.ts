// Files the server and the CLI skip before any parsing, with one notice saying why: plans over the size
// limit (and how to raise it), and binary files that merely carry a plan's name.

import { isPlan } from './check';
import type { CheckConfig } from './config';
import { parsePlan } from './parse';

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/**
 * Diagnostic code of the skipped-file notice. It is not a rule (the 19 rule ids are fixed and each can
 * be turned off); this notice explains why a plan shows no findings, so it cannot be switched off.
 */
export const FILE_TOO_LARGE = 'file-too-large';
/** Diagnostic code of the binary-file notice; not a rule either, for the same reason. */
export const BINARY_FILE = 'binary-file';

export const BINARY_FILE_MESSAGE = 'This is a binary file, not markdown, so it was not checked.';

/** NUL never appears in text a person wrote; it marks an image or archive renamed to .plan.md. */
export function isBinary(text: string): boolean {
  return text.includes('\0');
}

/** UTF-8 size of the text, as it is on disk. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether the text is over the limit in bytes; cheap for the usual small plan. */
export function tooLarge(text: string, limit: number): boolean {
  // Every UTF-16 unit is 1 to 3 UTF-8 bytes, so most texts are decided without encoding.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return byteLength(text) > limit;
}

/** The notice, naming the setting or flag that raises the limit. Exact bytes, since the limit is set in bytes. */
export function tooLargeMessage(bytes: number, limit: number, raiseWith: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `This plan was not checked: it is ${n(bytes)} bytes (${(bytes / (1024 * 1024)).toFixed(1)} MB), over the limit of ${n(limit)} bytes. To check it anyway, raise ${raiseWith}.`;
}

/** Why a file is not parsed, with the one notice the mentor sees. */
export interface SkippedFile {
  readonly code: typeof FILE_TOO_LARGE | typeof BINARY_FILE;
  readonly message: string;
}

/**
 * The one gate before parsing, for the server and the CLI: a byte order mark is dropped (as editors
 * do), and a text over the limit (`size`: its bytes as stored, when known) or with binary bytes is
 * skipped; `raiseWith` names the setting or flag that raises the limit.
 */
export function gateText(text: string, limit: number, raiseWith: string, size?: number): { readonly text: string } | { readonly skipped: SkippedFile } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (tooLarge(body, limit)) return { skipped: { code: FILE_TOO_LARGE, message: tooLargeMessage(size ?? byteLength(body), limit, raiseWith) } };
  return isBinary(body) ? { skipped: { code: BINARY_FILE, message: BINARY_FILE_MESSAGE } } : { text: body };
}

/** A limit from a setting or flag: a positive whole number of bytes, else undefined. */
export function parseMaxFileSize(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** How much of a skipped file's start is enough to find its front matter. */
export const HEAD_BYTES = 70000;

/** Whether a skipped file is a plan, from its path or its front matter alone (the rest is never parsed). */
export function skippedFileIsPlan(text: string, relativePath: string | undefined, config: CheckConfig): boolean {
  const head = /^\uFEFF?---\r?\n[^]{0,65536}?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, HEAD_BYTES))?.[0] ?? '';
  return isPlan(parsePlan(head), relativePath, config);
}
