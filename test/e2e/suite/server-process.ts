// Finds the language server among the extension host's child processes, so a test can kill it.
import { execFileSync } from 'node:child_process';

/** Pids of processes forked by this extension host that run our bundled server. */
export function serverPids(): number[] {
  // `ps -A -o pid=,ppid=,args=` works on Linux and macOS, the platforms the e2e runners use.
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === process.pid && /dist[\\/]server\.js/.test(m[3] ?? ''))
    .map((m) => Number(m[1]));
}

export function onlyServerPid(): number {
  const pids = serverPids();
  if (pids.length !== 1) throw new Error(`expected one language server process, found ${JSON.stringify(pids)}`);
  return pids[0] as number;
}
