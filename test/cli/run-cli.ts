// Runs the bundled CLI (`node dist/cli.js`, built by `npm run build`) as CI and pre-commit do.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');
export const FIXTURES = path.resolve(__dirname, '../fixtures/cli');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first.`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of a fixture folder, with `.git` so the config search stops there as in a real repository. */
export function copyFixture(name: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-cli-')));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  helpUri: string;
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  today: string;
  summary: { plans: number; errors: number; warnings: number; information: number; hints: number; inputErrors: number };
  files: { path: string; findings: JsonFinding[] }[];
  errors: { path: string; line: number | null; column: number | null; message: string }[];
}

/** `path:line:col rule` for each finding of a JSON report, in output order. */
export function summariseJson(report: JsonReport): string[] {
  return report.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line}:${x.column} ${x.ruleId}`));
}
