import { ESLint, type Linter } from 'eslint';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import {
  badFixturesDir,
  findingKey,
  fixtureRuleIds,
  fixturesDir,
  loadFixtureCases,
  toRepoPath,
  type ExpectedFinding,
  type FixtureCase,
} from './fixture-expectations.js';

// Lints every `.ts` file under fixtures/ (the good drivers, their tests, the simulator and the
// bad drivers) in one ESLint run with `configs.recommended`, and requires that bindsafe reports
// exactly the findings the bad drivers' expected.json files list: none in the good drivers, and
// in each bad case folder its planted bug at the place rules.md ("Where a finding points") says.

interface ReportedFinding extends ExpectedFinding {
  readonly message: string;
}

const recommended = plugin.configs.recommended;

function lintConfig(): Linter.Config[] {
  return [
    {
      ...(recommended as Linter.Config),
      files: ['**/*.ts'],
      languageOptions: {
        ...(recommended.languageOptions as Linter.LanguageOptions),
        parserOptions: {
          ...(recommended.languageOptions?.parserOptions as Linter.ParserOptions | undefined),
          projectService: true,
          tsconfigRootDir: fixturesDir,
        },
      },
    },
  ];
}

function describeFinding(f: ExpectedFinding, message?: string): string {
  return `  ${f.file}:${f.line}:${f.column} ${f.ruleId}${message === undefined ? '' : ` — ${message}`}`;
}

let results: ESLint.LintResult[] = [];
let reported: ReportedFinding[] = [];
let cases: FixtureCase[] = [];

beforeAll(async () => {
  cases = loadFixtureCases();
  const eslint = new ESLint({ cwd: fixturesDir, overrideConfigFile: true, overrideConfig: lintConfig() });
  results = await eslint.lintFiles(['**/*.ts']);
  reported = results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId?.startsWith('bindsafe/'))
      .map((m) => ({
        ruleId: (m.ruleId ?? '').slice('bindsafe/'.length),
        file: toRepoPath(r.filePath),
        line: m.line,
        column: m.column,
        message: m.message,
      })),
  );
  if (process.env['BINDSAFE_SHOW_FINDINGS']) for (const f of reported) console.log(describeFinding(f, f.message));
}, 180_000);

describe('ESLint over the fixture drivers', () => {
  it('lints every fixture file, the good drivers and every bad case, without a fatal parse error', () => {
    const linted = new Set(results.map((r) => toRepoPath(r.filePath)));
    expect([...linted].some((f) => f.startsWith('fixtures/drivers/'))).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
    const unlinted = cases.flatMap((c) => c.findings.map((f) => f.file)).filter((f) => !linted.has(f));
    expect(unlinted, 'files named by expected.json that ESLint did not lint').toEqual([]);
    const fatal = results.flatMap((r) =>
      r.messages
        .filter((m) => m.fatal === true || (m.severity === 2 && m.ruleId === null))
        .map((m) => `${toRepoPath(r.filePath)}:${m.line}:${m.column} ${m.message}`),
    );
    expect(fatal, 'fatal parse errors (or unused disable directives)').toEqual([]);
  });

  it('has an expected.json with a bug in every bad case folder, under a rule id', () => {
    const subdirs = (dir: string): string[] => readdirSync(dir).filter((e) => statSync(join(dir, e)).isDirectory());
    const strays = subdirs(badFixturesDir).filter((rule) => !(fixtureRuleIds as readonly string[]).includes(rule));
    expect(strays, 'folders of fixtures/bad that are not rule ids').toEqual([]);
    const withoutExpectations = subdirs(badFixturesDir)
      .flatMap((rule) => subdirs(join(badFixturesDir, rule)).map((c) => join(badFixturesDir, rule, c)))
      .filter((dir) => !existsSync(join(dir, 'expected.json')))
      .map(toRepoPath);
    expect(withoutExpectations, 'bad case folders without expected.json').toEqual([]);
    const empty = cases.filter((c) => c.findings.length === 0).map((c) => c.dir);
    expect(empty, 'bad case folders whose expected.json lists no finding').toEqual([]);
  });

  it('reports nothing in the good drivers', () => {
    const inGood = reported.filter((f) => f.file.startsWith('fixtures/drivers/'));
    expect(inGood.map((f) => describeFinding(f, f.message)).join('\n'), 'findings in fixtures/drivers').toBe('');
  });

  it('reports exactly the findings the expected.json files list', () => {
    // Compared as multisets: a finding reported twice at the same place is one too many.
    const expected = cases.flatMap((c) => c.findings);
    const remaining = new Map<string, number>();
    for (const f of expected) remaining.set(findingKey(f), (remaining.get(findingKey(f)) ?? 0) + 1);
    const unexpected: ReportedFinding[] = [];
    for (const f of reported) {
      const left = remaining.get(findingKey(f)) ?? 0;
      if (left > 0) remaining.set(findingKey(f), left - 1);
      else unexpected.push(f);
    }
    const missing = expected.filter((f) => {
      const left = remaining.get(findingKey(f)) ?? 0;
      if (left === 0) return false;
      remaining.set(findingKey(f), left - 1);
      return true;
    });
    const lines: string[] = [];
    if (missing.length > 0) {
      lines.push(`missing (${missing.length}): expected, not reported`);
      for (const f of missing) lines.push(describeFinding(f));
    }
    if (unexpected.length > 0) {
      lines.push(`unexpected (${unexpected.length}): reported, not expected`);
      for (const f of unexpected) lines.push(describeFinding(f, f.message));
    }
    expect(lines.join('\n'), `bindsafe findings differ from fixtures/bad/**/expected.json`).toBe('');
  });
});
