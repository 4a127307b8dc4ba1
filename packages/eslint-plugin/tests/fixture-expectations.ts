import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/eslint-plugin/tests/fixture-expectations.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The fixture drivers: good ones under drivers/, bad ones under bad/<rule-id>/<case>/. */
export const fixturesDir = join(repoRoot, 'fixtures');

/** The bad drivers, one folder per rule id, one case folder per bug. */
export const badFixturesDir = join(fixturesDir, 'bad');

/** The rule ids a bad fixture may expect (rules.md, "Rule ids"). */
export const fixtureRuleIds = [
  'no-leaked-unbind-guard',
  'no-stored-bound-device',
  'no-unregistered-device-use',
  'no-unchecked-unbind-guard',
  'no-leaked-registration',
  'no-driver-data-mutation-in-unbind',
  'require-safety-comment',
] as const;

/**
 * One finding bindsafe must report: the rule id (without the `bindsafe/` prefix), the file as a
 * repository-relative POSIX path, and the 1-based line and column where it points.
 */
export interface ExpectedFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A case folder with its `expected.json`. */
export interface FixtureCase {
  /** The case folder, repository-relative POSIX (`fixtures/bad/<rule-id>/<case>`). */
  readonly dir: string;
  readonly findings: readonly ExpectedFinding[];
}

/** A path relative to the repository root, with `/` separators on every platform. */
export function toRepoPath(absolute: string): string {
  return relative(repoRoot, absolute).split(sep).join('/');
}

/** `rule|file|line|column`: how findings are compared. */
export function findingKey(f: ExpectedFinding): string {
  return `${f.ruleId}|${f.file}|${f.line}|${f.column}`;
}

function findExpectationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findExpectationFiles(path));
    else if (entry === 'expected.json') out.push(path);
  }
  return out;
}

const ruleIds: ReadonlySet<string> = new Set(fixtureRuleIds);

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** Reads one `expected.json`, checking every record against the case folder's files. */
function readCase(path: string): FixtureCase {
  const caseDir = dirname(path);
  const where = toRepoPath(path);
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${where}: expected an array of findings`);
  const findings = raw.map((record: unknown, i): ExpectedFinding => {
    const at = `${where}[${i}]`;
    if (typeof record !== 'object' || record === null) throw new Error(`${at}: expected an object`);
    const { rule, file, line, column } = record as Record<string, unknown>;
    if (typeof rule !== 'string' || !ruleIds.has(rule)) throw new Error(`${at}: unknown rule ${JSON.stringify(rule)}`);
    if (typeof file !== 'string' || file.includes('..') || file.startsWith('/')) {
      throw new Error(`${at}: "file" must be a path inside the case folder, got ${JSON.stringify(file)}`);
    }
    const absolute = join(caseDir, file);
    if (!existsSync(absolute)) throw new Error(`${at}: ${file} does not exist in ${toRepoPath(caseDir)}`);
    if (!isPositiveInteger(line) || !isPositiveInteger(column)) throw new Error(`${at}: line and column must be 1-based integers`);
    const lines = readFileSync(absolute, 'utf8').split(/\r?\n/);
    const text = lines[line - 1];
    if (text === undefined || column > text.length) throw new Error(`${at}: ${file}:${line}:${column} is outside the file`);
    return { ruleId: rule, file: toRepoPath(absolute), line, column };
  });
  return { dir: toRepoPath(caseDir), findings };
}

/** Every case folder under fixtures/bad that has an `expected.json`, in path order. */
export function loadFixtureCases(root: string = badFixturesDir): FixtureCase[] {
  return findExpectationFiles(root).map(readCase);
}

/**
 * Every finding the fixtures expect: the union of all `expected.json` records under
 * fixtures/bad, as `{ ruleId, file, line, column }` with repository-relative POSIX paths. The
 * good drivers (fixtures/drivers) expect none.
 */
export function loadFixtureExpectations(root: string = badFixturesDir): ExpectedFinding[] {
  return loadFixtureCases(root).flatMap((c) => c.findings);
}
