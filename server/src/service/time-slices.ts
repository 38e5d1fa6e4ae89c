// Runs core steps in short slices, so requests that arrive while a long plan is checked (hover,
// completion) are answered in between; work a newer version has made useless stops. The host says
// how to let other work run (an event-loop turn on Node, a macrotask in a web worker).

import { abandonSteps, type Steps } from '../core/steps';

/** Longest stretch of checking before other requests get a turn. */
const SLICE_MS = 5;

/** The steps' result, or undefined when `superseded` said so at a pause. */
export async function runInSlices<T>(steps: Steps<T>, yieldSlice: () => Promise<void>, superseded: () => boolean = () => false): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldSlice();
    if (superseded()) {
      abandonSteps(steps);
      return undefined;
    }
    sliceStart = performance.now();
  }
}
