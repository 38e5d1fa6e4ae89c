// How many server crashes the client absorbs: a few restarts in a short window, then it stops, so that
// a server that crashes on start-up ends in one clear message instead of an endless restart loop.

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class RestartBudget {
  private crashes: number[] = [];

  constructor(
    private readonly max = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true while at most `max` crashes fell within the window. */
  allowRestart(): boolean {
    const t = this.now();
    this.crashes = [...this.crashes.filter((c) => t - c < this.windowMs), t];
    return this.crashes.length <= this.max;
  }

  /** Crashes within the window, as of the last one recorded. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** A restart the user asked for starts with a full budget. */
  reset(): void {
    this.crashes = [];
  }
}
