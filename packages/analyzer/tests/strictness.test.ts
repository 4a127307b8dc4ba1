import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingRecords } from '../src/index.js';
import { fixturesDir, loadFixtureExpectations, repoRoot } from '../../eslint-plugin/tests/fixture-expectations.js';
import { eslintFindings, findingKey as key } from './helpers/eslint-findings.js';

// The rules follow the model's declared types, not the user's strictness: `unbindGuard()` is
// declared `UnbindGuard | undefined` whatever `strictNullChecks` says. The fixtures, copied under
// a tsconfig with `strict: false`, must give every finding their expected.json files list, in
// both front ends.


let dir = '';
let fromAnalyzer: string[] = [];
let fromEslint: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bindsafe-loose-')).replace(/\\/g, '/');
  for (const part of ['drivers', 'bad', 'shared']) cpSync(join(fixturesDir, part), join(dir, 'fixtures', part), { recursive: true });
  // The copy resolves the workspace's kernel (and the types the fixtures' tests use) as the fixtures do.
  mkdirSync(join(dir, 'node_modules/@bindsafe'), { recursive: true });
  symlinkSync(join(repoRoot, 'packages/kernel'), join(dir, 'node_modules/@bindsafe/kernel'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules/@types'), join(dir, 'node_modules/@types'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules/vitest'), join(dir, 'node_modules/vitest'), 'dir');
  const base = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  const compilerOptions = { ...base.compilerOptions, strict: false, noEmit: true };
  writeFileSync(join(dir, 'fixtures/tsconfig.json'), JSON.stringify({ compilerOptions, include: ['**/*.ts'] }));
  writeFileSync(join(dir, 'fixtures/package.json'), JSON.stringify({ name: 'loose-fixtures', private: true, type: 'module' }));

  const records = await findingRecords(`${dir}/fixtures/tsconfig.json`, { cwd: dir, root: dir, eslintRulesOnly: true });
  fromAnalyzer = records.filter((f) => f.ruleId !== 'suppression').map(key).sort();

  fromEslint = (await eslintFindings(`${dir}/fixtures`, ['**/*.ts'], (file) => file.slice(dir.length + 1))).keys;
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the fixtures under `strict: false`', () => {
  it('give exactly their expected findings through the analyzer API', () => {
    expect(fromAnalyzer).toEqual(loadFixtureExpectations().map(key).sort());
  });

  it('give exactly their expected findings through ESLint', () => {
    expect(fromEslint).toEqual(loadFixtureExpectations().map(key).sort());
  });
});
