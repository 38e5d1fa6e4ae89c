// What the terminal allows: colour (the flags, then NO_COLOR, then FORCE_COLOR, then whether standard
// output is a terminal, as most command-line tools decide) and the width to wrap to.

export interface Terminal {
  readonly isTTY: boolean;
  readonly columns?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** `flag`: true for --color, false for --no-color, undefined when neither was given. */
export function colourWanted(flag: boolean | undefined, env: Env, terminal: Terminal): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return terminal.isTTY;
}

/** Width when not writing to a terminal and COLUMNS does not say: a CI log's reading width. */
const DEFAULT_WIDTH = 100;

export function terminalWidth(env: Env, terminal: Terminal): number {
  if (terminal.isTTY && terminal.columns && terminal.columns > 0) return terminal.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}
