import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from 'eslint-plugin-bindsafe';
import { findingRecords } from '../src/index.js';
import { fixturesDir, loadFixtureExpectations, repoRoot, toRepoPath } from '../../eslint-plugin/tests/fixture-expectations.js';

// The two front ends run one engine: on every fixture (good and bad drivers, their tests, the
// simulator) they must report the same findings, at the same rule, file, line and column.

interface Key {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const key = (f: Key): string => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
// `suppression` differs by design: ESLint reports unused directives itself (with no rule id).
const shared = (f: Key): boolean => f.ruleId !== 'suppression';

let fromAnalyzer: string[] = [];
let fromEslint: string[] = [];

beforeAll(async () => {
  const records = await findingRecords(`${fixturesDir}/tsconfig.json`, { cwd: repoRoot, root: repoRoot, eslintRulesOnly: true });
  fromAnalyzer = records.filter(shared).map(key).sort();

  const recommended = plugin.configs.recommended;
  const config: Linter.Config = {
    ...(recommended as Linter.Config),
    files: ['**/*.ts'],
    languageOptions: {
      ...(recommended.languageOptions as Linter.LanguageOptions),
      parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
    },
  };
  const eslint = new ESLint({ cwd: fixturesDir, overrideConfigFile: true, overrideConfig: [config] });
  const results = await eslint.lintFiles(['**/*.ts']);
  fromEslint = results
    .flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('bindsafe/'))
        .map((m) => ({ ruleId: (m.ruleId ?? '').slice('bindsafe/'.length), file: toRepoPath(r.filePath), line: m.line, column: m.column })),
    )
    .filter(shared)
    .map(key)
    .sort();
}, 240_000);

describe('the analyzer and ESLint agree', () => {
  it('report the same findings on every fixture', () => {
    expect(fromAnalyzer.length).toBeGreaterThan(0);
    expect(fromAnalyzer).toEqual(fromEslint);
  });

  it('report exactly the findings the bad drivers expect, and none in the good drivers', () => {
    const expected = loadFixtureExpectations().map(key).sort();
    expect(fromAnalyzer).toEqual(expected);
    expect(fromAnalyzer.filter((f) => f.startsWith('fixtures/drivers/'))).toEqual([]);
  });
});
