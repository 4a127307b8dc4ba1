import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeRule } from '@bindsafe/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { repoRoot, toRepoPath } from '../../eslint-plugin/tests/fixture-expectations.js';
import { eslintFindings, findingKey as key } from './helpers/eslint-findings.js';

// The held-out precision suite (held-out/README.md) is measured per front end by
// `pnpm precision`; whatever the figures, the two front ends run one engine and must report the
// same findings on it, after analysing every one of its files. No figure is asserted here.

const suiteDir = join(repoRoot, 'held-out');
/** The batches of cases (`cases/`, `cases-2/`, …), each written before any run of the tools on it. */
const batchDirs = (): string[] =>
  readdirSync(suiteDir)
    .filter((entry) => /^cases(-\d+)?$/.test(entry))
    .sort()
    .map((entry) => join(suiteDir, entry));


function caseFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return caseFiles(path);
      return entry.endsWith('.ts') ? [toRepoPath(path)] : [];
    });
}

let suiteFiles: string[] = [];
let fromAnalyzer: string[] = [];
let analyzerFiles = 0;
let fromEslint: string[] = [];
let eslintFiles: string[] = [];

beforeAll(async () => {
  suiteFiles = batchDirs().flatMap(caseFiles).sort();

  const result = await analyze({ project: join(suiteDir, 'tsconfig.json'), cwd: repoRoot, root: repoRoot, config: false });
  analyzerFiles = result.stats.filesAnalyzed;
  fromAnalyzer = result.findings
    .filter((f) => describeRule(f.ruleId).inEslint && f.ruleId !== 'suppression')
    .map((f) => key({ ruleId: f.ruleId, file: f.location.file, line: f.location.line, column: f.location.column }))
    .sort();

  const eslint = await eslintFindings(suiteDir, batchDirs().map((dir) => `${toRepoPath(dir).split('/').pop()}/**/*.ts`), toRepoPath);
  eslintFiles = eslint.results.filter((r) => !r.messages.some((m) => m.fatal)).map((r) => toRepoPath(r.filePath)).sort();
  fromEslint = eslint.keys;
}, 300_000);

describe('the held-out suite', () => {
  it('is analysed in full by both front ends', () => {
    expect(suiteFiles.length).toBeGreaterThan(0);
    expect(analyzerFiles).toBe(suiteFiles.length);
    expect(eslintFiles).toEqual(suiteFiles);
  });

  it('gets the same findings from the analyzer and from ESLint', () => {
    expect(fromAnalyzer.length).toBeGreaterThan(0);
    expect(fromAnalyzer).toEqual(fromEslint);
  });
});
