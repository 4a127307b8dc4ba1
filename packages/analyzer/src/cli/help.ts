import { defaultBaselineFile } from '../baseline.js';

const main = `Usage: bindsafe <command> [options]

Binding-safety checks for drivers written against @bindsafe/kernel.

Commands:
  analyze [paths…]   analyse TypeScript projects and report findings (bindsafe analyze --help)
  rules              list every rule: id, precision, default severity, docs

Options:
  -h, --help         show this help
  -v, --version      print the version

Exit codes: 0 no error-level finding and warnings within --max-warnings; 1 findings over that;
2 usage, config or internal error. Docs: docs/cli.md
`;

const analyze = `Usage: bindsafe analyze [paths…] [options]

Analyses the files under the given paths (default: every file of the project). Without
--project, each path uses the nearest tsconfig.json above it, like tsc; several tsconfig
files are analysed in one run.

Options:
  -p, --project FILE      tsconfig.json (or a directory holding one) to use
  -f, --format FORMAT     stylish (default), json, sarif or github
  -o, --output FILE       write the report to FILE instead of stdout
      --rule ID=SEVERITY  set a rule to off, warn or error (repeatable; overrides the config)
      --max-warnings N    exit 1 when there are more than N warnings (default: no limit)
      --baseline FILE     report only findings whose fingerprint is not in FILE
      --update-baseline   write the current findings to the baseline (--baseline FILE,
                          default ${defaultBaselineFile}) and report none of them
      --no-progress       never show progress on stderr
  -q, --quiet             report errors only
  -h, --help              show this help

Configuration: bindsafe.config.json next to the tsconfig, or in the working directory or
above it up to the git root (schema: schema/bindsafe.config.schema.json).
`;

const rules = `Usage: bindsafe rules [--format text|json]

Lists every rule with its precision tier, default severity, whether it is recommended, which
front ends report it, and its documentation.
`;

export function helpText(topic: 'main' | 'analyze' | 'rules'): string {
  return topic === 'analyze' ? analyze : topic === 'rules' ? rules : main;
}
