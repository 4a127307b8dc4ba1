import type { RuleId, Severity } from '@bindsafe/core';
import { BindsafeError } from '../errors.js';
import { isReportFormat, reportFormats, type ReportFormat } from '../reporters/index.js';
import { parseRuleSetting } from '../rule-severity.js';

export interface AnalyzeCommand {
  readonly kind: 'analyze';
  readonly paths: readonly string[];
  readonly projects: readonly string[];
  readonly format: ReportFormat;
  readonly output: string | undefined;
  readonly rules: Readonly<Partial<Record<RuleId, Severity>>>;
  /** -1: no limit. */
  readonly maxWarnings: number;
  readonly baseline: string | undefined;
  readonly updateBaseline: boolean;
  readonly progress: boolean;
  readonly quiet: boolean;
}

export type Command =
  | AnalyzeCommand
  | { readonly kind: 'rules'; readonly format: 'text' | 'json' }
  | { readonly kind: 'help'; readonly topic: 'main' | 'analyze' | 'rules' }
  | { readonly kind: 'version' };

interface OptionSpec {
  readonly name: string;
  readonly alias?: string;
  readonly takesValue: boolean;
  readonly repeatable?: boolean;
}

const analyzeOptions: readonly OptionSpec[] = [
  { name: '--project', alias: '-p', takesValue: true, repeatable: true },
  { name: '--format', alias: '-f', takesValue: true },
  { name: '--output', alias: '-o', takesValue: true },
  { name: '--rule', takesValue: true, repeatable: true },
  { name: '--max-warnings', takesValue: true },
  { name: '--baseline', takesValue: true },
  { name: '--update-baseline', takesValue: false },
  { name: '--no-progress', takesValue: false },
  { name: '--quiet', alias: '-q', takesValue: false },
  { name: '--help', alias: '-h', takesValue: false },
];

const rulesOptions: readonly OptionSpec[] = [
  { name: '--format', alias: '-f', takesValue: true },
  { name: '--help', alias: '-h', takesValue: false },
];

/** Parses the command line; every mistake is a one-line `BindsafeError` (exit 2). */
export function parseArguments(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new BindsafeError('missing command: analyze or rules (see bindsafe --help)');
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return { kind: 'help', topic: topic === 'analyze' || topic === 'rules' ? topic : 'main' };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'analyze') return parseAnalyze(rest);
  if (first === 'rules') return parseRules(rest);
  if (first.startsWith('-')) throw unknownOption(first, ['--help', '--version']);
  throw new BindsafeError(`unknown command "${first}": expected analyze or rules (see bindsafe --help)`);
}

function parseAnalyze(argv: readonly string[]): Command {
  const { options, positionals } = scan(argv, analyzeOptions);
  if (options.has('--help')) return { kind: 'help', topic: 'analyze' };
  const format = single(options, '--format') ?? 'stylish';
  if (!isReportFormat(format)) throw new BindsafeError(`--format must be one of ${reportFormats.join(', ')} (got "${format}")`);
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const setting of options.get('--rule') ?? []) {
    const [id, severity] = parseRuleSetting(setting);
    rules[id] = severity;
  }
  const maxWarningsText = single(options, '--max-warnings');
  let maxWarnings = -1;
  if (maxWarningsText !== undefined) {
    if (!/^-?\d+$/.test(maxWarningsText) || Number(maxWarningsText) < -1) {
      throw new BindsafeError(`--max-warnings must be a whole number ≥ 0, or -1 for no limit (got "${maxWarningsText}")`);
    }
    maxWarnings = Number(maxWarningsText);
  }
  const output = single(options, '--output');
  const baseline = single(options, '--baseline');
  for (const [name, value] of [['--output', output], ['--baseline', baseline]] as const) {
    if (value !== undefined && value.trim() === '') throw new BindsafeError(`${name} needs a file name`);
  }
  return {
    kind: 'analyze',
    paths: positionals,
    projects: options.get('--project') ?? [],
    format,
    output,
    rules,
    maxWarnings,
    baseline,
    updateBaseline: options.has('--update-baseline'),
    progress: !options.has('--no-progress'),
    quiet: options.has('--quiet'),
  };
}

function parseRules(argv: readonly string[]): Command {
  const { options, positionals } = scan(argv, rulesOptions);
  if (options.has('--help')) return { kind: 'help', topic: 'rules' };
  if (positionals.length > 0) throw new BindsafeError(`bindsafe rules takes no arguments (got "${positionals[0]}")`);
  const format = single(options, '--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new BindsafeError(`--format must be text or json (got "${format}")`);
  return { kind: 'rules', format };
}

/** Splits `argv` into options (by canonical name) and positional arguments. */
function scan(argv: readonly string[], specs: readonly OptionSpec[]): { options: Map<string, string[]>; positionals: string[] } {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const spec = specs.find((s) => s.name === written || s.alias === written);
    if (!spec) throw unknownOption(written, specs.map((s) => s.name));
    let value: string;
    if (!spec.takesValue) {
      if (eq !== -1) throw new BindsafeError(`${spec.name} takes no value (got "${arg}")`);
      value = '';
    } else if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d+$/.test(next))) {
        throw new BindsafeError(`${spec.name} needs a value`);
      }
      value = next;
      i++;
    }
    const values = options.get(spec.name);
    if (values && !spec.repeatable) throw new BindsafeError(`${spec.name} given more than once`);
    if (values) values.push(value);
    else options.set(spec.name, [value]);
  }
  return { options, positionals };
}

function single(options: ReadonlyMap<string, readonly string[]>, name: string): string | undefined {
  return options.get(name)?.[0];
}

function unknownOption(option: string, known: readonly string[]): BindsafeError {
  const close = known.filter((k) => editDistance(option, k) <= 2);
  const hint = close.length > 0 ? `; did you mean ${close.join(' or ')}?` : ' (see bindsafe --help)';
  return new BindsafeError(`unknown option "${option}"${hint}`);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
