import { beforeAll, describe, expect, it } from 'vitest';
import { findingRecords } from '../src/index.js';
import { fixturesDir, loadFixtureExpectations, repoRoot, toRepoPath } from '../../eslint-plugin/tests/fixture-expectations.js';
import { eslintFindings, findingKey as key, type FindingKey as Key } from './helpers/eslint-findings.js';

// The two front ends run one engine: on every fixture (good and bad drivers, their tests, the
// simulator) they must report the same findings, at the same rule, file, line and column.

// `suppression` differs by design: ESLint reports unused directives itself (with no rule id).
const shared = (f: Key): boolean => f.ruleId !== 'suppression';

let fromAnalyzer: string[] = [];
let fromEslint: string[] = [];

beforeAll(async () => {
  const records = await findingRecords(`${fixturesDir}/tsconfig.json`, { cwd: repoRoot, root: repoRoot, eslintRulesOnly: true });
  fromAnalyzer = records.filter(shared).map(key).sort();

  fromEslint = (await eslintFindings(fixturesDir, ['**/*.ts'], toRepoPath)).keys;
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
