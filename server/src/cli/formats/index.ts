// The output formats by name.

import type { Report } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormat(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

export function format(name: FormatName, report: Report, options: { colour: boolean }): string {
  switch (name) {
    case 'stylish':
      return formatStylish(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
  }
}
