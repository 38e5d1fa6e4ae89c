// The --help text.

import { FORMATS } from './formats';

export const USAGE = `Usage: mentoring-plans <command> [options]

Commands:
  check [paths or globs...]  Check the plans among these files and folders (default: the current folder)
  report [paths...]          The caseload of the plans among these files and folders, for a programme lead
  agenda PLAN                What to bring to the next session with the plan's mentee
  new NAME                   Write NAME.plan.md from the plan template (never overwrites)
  init                       Write a commented .mentoring-plans.json here (never overwrites)

Options for check:
  -f, --format NAME          Output: ${FORMATS.join(', ')} (default: stylish)
      --hints                Show hints too (stylish and github; json and sarif always hold them)
      --fail-on SEVERITY     Exit 1 on findings at or above: error, warning (warn), information (info), hint, none (default: error)
      --max-warnings N       Also exit 1 when there are more than N warnings (default: -1, no limit)
      --today YYYY-MM-DD     The date the date rules count from (default: today)
  -q, --quiet                Report errors only
  -c, --config PATH          Use this config file instead of looking for .mentoring-plans.json
      --max-file-size BYTES  Skip plans larger than this, as an input error (default: 4194304, 4 MB)
      --cache                Reuse earlier results for plans that have not changed, nor have their config or linked files
      --cache-location PATH  The cache file, or a folder for it (default: .mentoring-plans-cache here, or node_modules/.cache/mentoring-plans/ where node_modules exists)
      --fix                  Apply the safe fixes the editor's "fix all" applies, then report what is left
      --fix-dry-run          Print those fixes as a unified diff, and write nothing
      --stdin                Check standard input instead of files
      --stdin-filename PATH  With --stdin: the path the text stands for, which decides globs, config and links
      --no-ignore            Do not skip what .gitignore files name when walking folders
      --print-config PATH    Print the configuration that applies to PATH, and check nothing
      --color, --no-color    Colour stylish output, or not (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)

Options for report and agenda:
  -f, --format NAME          report output: markdown, json or html (one self-contained file) (default: markdown)
      --today YYYY-MM-DD     The date reviews and target dates are judged against (default: today)
  -c, --config PATH          Use this config file instead of looking for .mentoring-plans.json

  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 nothing to fail on, 1 findings at or above --fail-on or more warnings than
--max-warnings (the last line says which), 2 a usage, input or configuration error.
`;
