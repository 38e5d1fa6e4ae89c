// The config for each plan the CLI checks: `--config PATH` alone, or the `.mentoring-plans.json`
// files found by walking up from the plan, exactly as the language server finds them. Each config
// file's problems are reported once.

import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { mergeConfig, type CheckConfig } from '../core/config';
import { configLayers, layerFor, readConfigFile, type ConfigFile } from '../node/config-file';
import { isInside } from '../node/paths';
import { displayPath } from './inputs';
import type { InputError } from './report';

export interface PlanConfig {
  readonly config: CheckConfig;
  /** The path the `files` and `ignore` globs are matched against. */
  readonly relativePath: string;
}

export class CliConfigs {
  private readonly read = new Map<string, ConfigFile>();
  private readonly byDir = new Map<string, { layers: readonly Partial<CheckConfig>[]; base: string }>();
  readonly errors: InputError[] = [];
  private readonly explicit: ConfigFile | undefined;

  constructor(
    private readonly cwd: string,
    explicitPath: string | undefined,
  ) {
    this.explicit = explicitPath === undefined ? undefined : this.load(path.resolve(cwd, explicitPath));
  }

  private load(file: string): ConfigFile {
    let loaded = this.read.get(file);
    if (!loaded) {
      loaded = readConfigFile(file);
      this.read.set(file, loaded);
      for (const p of loaded.problems) this.errors.push({ path: displayPath(this.cwd, file), line: p.line, column: p.column, message: p.message });
    }
    return loaded;
  }

  for(file: string): PlanConfig {
    const dir = path.dirname(file);
    const inCwd = isInside(this.cwd, file);
    if (this.explicit) {
      // Globs in a file named with --config are relative to the current folder.
      const base = inCwd ? this.cwd : dir;
      return { config: mergeConfig(this.explicit.config), relativePath: displayPath(base, file) };
    }
    let entry = this.byDir.get(dir);
    if (!entry) {
      // Inside the current folder the walk stops there, as it stops at a workspace folder in the editor.
      const stopDirs = inCwd ? [this.cwd] : [];
      const { files } = configLayers(dir, { stopDirs, base: this.cwd, read: (f) => this.load(f) });
      // Outside it, globs are matched from the farthest config file's folder, which holds them all.
      const base = inCwd ? this.cwd : files.length > 0 ? path.dirname(files[0].path) : dir;
      entry = { layers: files.map((f) => layerFor(f, base)), base };
      this.byDir.set(dir, entry);
    }
    return { config: mergeConfig(...entry.layers), relativePath: displayPath(entry.base, file) };
  }
}

/** Exit code 2 and nothing checked: a config file named with --config that cannot be opened. */
export function unusableConfig(cwd: string, configPath: string | undefined): InputError | undefined {
  if (configPath === undefined) return undefined;
  const file = path.resolve(cwd, configPath);
  try {
    if (!statSync(file).isFile()) return { path: configPath, message: 'The config file named with --config is not a file; nothing was checked.' };
    accessSync(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
    return { path: configPath, message: `The config file named with --config ${why}; nothing was checked.` };
  }
  return undefined;
}
