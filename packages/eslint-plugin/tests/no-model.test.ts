import { Linter, type ESLint } from 'eslint';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

// Code that does not use the model gets zero findings and never makes a rule throw: checked on
// the workspace's own sources and on the TypeScript shipped in node_modules (well over a thousand
// files: declaration files and sources of the installed packages). Every file is linted with
// the recommended rules against one program built once (typescript-eslint's `programs` option).

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bindsafeRules = Object.keys(plugin.rules).map((id) => `bindsafe/${id}`);

function tsFilesUnder(dir: string, into: Set<string>, skip: (path: string) => boolean): Set<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (skip(path)) continue;
    // Links (pnpm's links between packages) are not followed: every real file is reached once,
    // and link cycles cannot loop.
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) tsFilesUnder(path, into, skip);
    else if (/\.(d\.)?[cm]?ts$/.test(entry)) into.add(path);
  }
  return into;
}

interface LintOutcome {
  readonly files: number;
  readonly findings: string[];
  readonly crashes: string[];
}

function lintAll(files: readonly string[]): LintOutcome {
  const program = ts.createProgram({
    rootNames: files,
    options: { noEmit: true, skipLibCheck: true, noResolve: true, types: [], allowJs: false, target: ts.ScriptTarget.ES2022 },
  });
  const linter = new Linter({ configType: 'flat', cwd: repoRoot });
  // node_modules is ignored by default; here it is exactly what is to be linted.
  const unignore: Linter.Config = { ignores: ['!**/node_modules/', '!**/node_modules/**'] };
  const config: Linter.Config = {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    plugins: { bindsafe: plugin as unknown as ESLint.Plugin },
    languageOptions: { parser: tsParser, parserOptions: { programs: [program] } },
    rules: Object.fromEntries(bindsafeRules.map((r) => [r, 'error'])),
  };
  const findings: string[] = [];
  const crashes: string[] = [];
  let unlinted = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(text, [unignore, config], { filename: file });
    } catch (error) {
      crashes.push(`${relative(repoRoot, file)}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const m of messages) {
      if (m.ruleId === null && /No matching configuration/.test(m.message)) unlinted++;
      if (m.ruleId?.startsWith('bindsafe/')) findings.push(`${relative(repoRoot, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      // A rule that throws is reported by ESLint as a fatal message naming the rule.
      else if (m.fatal && /bindsafe/.test(m.message)) crashes.push(`${relative(repoRoot, file)}: ${m.message}`);
    }
  }
  return { files: files.length - unlinted, findings, crashes };
}

describe('code that does not use the model', () => {
  it('has no findings in the workspace’s own sources', () => {
    const files = new Set<string>();
    for (const pkg of ['kernel', 'core', 'eslint-plugin', 'analyzer']) {
      tsFilesUnder(join(repoRoot, 'packages', pkg, 'src'), files, () => false);
    }
    const outcome = lintAll([...files]);
    expect(outcome.files).toBeGreaterThan(100);
    expect(outcome.crashes).toEqual([]);
    expect(outcome.findings).toEqual([]);
  });

  it('has no findings, and no rule throws, on the TypeScript shipped in node_modules', () => {
    const files = tsFilesUnder(join(repoRoot, 'node_modules/.pnpm'), new Set(), (p) => p.endsWith('/.bin') || p.includes('@bindsafe+'));
    const outcome = lintAll([...files]);
    expect(outcome.files).toBeGreaterThan(1000);
    expect(outcome.crashes).toEqual([]);
    expect(outcome.findings).toEqual([]);
  }, 300_000);
});
