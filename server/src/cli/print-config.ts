// `check --print-config PATH`: the configuration that applies to that file, merged from its
// config files (or --config) over the defaults, with every rule's severity spelt out.

import * as path from 'node:path';
import { severityOf } from '../core/config';
import { RULE_IDS } from '../data/catalogue';
import { EXIT_OK, EXIT_USAGE, type Output } from './check';
import { CliConfigs, unusableConfig } from './configs';
import { errorLine } from './report';

/** Exit code 0, or 2 when a config file has problems (printed as check prints them). */
export function printConfig(target: string, cwd: string, configPath: string | undefined, out: Output): number {
  const bad = unusableConfig(cwd, configPath);
  if (bad) {
    out.stderr(`mentoring-plans: ${errorLine(bad)}\n`);
    return EXIT_USAGE;
  }
  const configs = new CliConfigs(cwd, configPath);
  const { config, relativePath } = configs.for(path.resolve(cwd, target));
  for (const e of configs.errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, severityOf(config, id) ?? 'off']));
  const printed = { matchedAs: relativePath, files: config.files, ignore: config.ignore, rules, phrases: config.phrases };
  out.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return configs.errors.length > 0 ? EXIT_USAGE : EXIT_OK;
}
