// Long work as steps: a generator that yields between pieces, so a host can serve other requests in
// between (and drop the rest when it is no longer wanted); run to completion, it is a plain call.

export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Stops steps part-way: the generator's `finally` blocks run (a parse gives back the trees it held). */
export function abandonSteps<T>(steps: Steps<T>): void {
  // The value passed is never read: return() only unwinds the generator.
  steps.return(undefined as T);
}
