// Why a file was not read, as the end of a sentence naming it ("The link points to x, which …"): the
// same words from the read gate on disk and from the service whatever its host.

export const OUTSIDE_REASON = 'is outside the workspace; it is not read';
export const MISSING_REASON = 'does not exist';

export function tooLargeReason(size: number, limit: number): string {
  return `is ${size.toLocaleString('en-US')} bytes, over the limit of ${limit.toLocaleString('en-US')} bytes; it is not read`;
}
