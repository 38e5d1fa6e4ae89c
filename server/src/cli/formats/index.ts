// The output formats by name.

import type { Report } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import type { FormatOptions } from './options';
import { formatStylish } from './stylish';

export type { FormatOptions } from './options';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** The format a name given on the command line means: in any case. */
export function formatNamed(value: string): FormatName | undefined {
  const name = value.toLowerCase();
  return (FORMATS as readonly string[]).includes(name) ? (name as FormatName) : undefined;
}

export function format(name: FormatName, report: Report, options: FormatOptions): string {
  switch (name) {
    case 'stylish':
      return formatStylish(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report, options);
  }
}
