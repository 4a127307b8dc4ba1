import { describe, expect, it } from 'vitest';
import { missingBuild, runBuiltAnalyzer, runBuiltEslint, type EslintFileResult } from './fuzz/child-front-ends.js';
import { tempTsProject } from './helpers/temp-project.js';

// Minimal reproductions of what the fuzz test (fuzz.test.ts) found, one per problem.
//
// 1. A JSDoc comment whose text ends in `<word>-<more>` hangs both front ends for ever.
//    Found by BINDSAFE_FUZZ_SEED=b2 BINDSAFE_FUZZ_MUTANTS=10000, mutant m6296 (fixtures/bad/
//    require-safety-comment/raw-register-helper/file.ts: insert-brackets(">"), truncate, delete-line),
//    which ended in the unterminated comment `/** Per-open-fi`; minimised to `/**n-fi`. The cause is
//    TypeScript's scanner (microsoft/TypeScript#63580: in 6.0's `scanJsDocToken` the loop
//    `while (pos < end && isIdentifierPart(char = …) || char === minus)` never ends once the last
//    character read is a `-`), which both TypeScript 6.0.3 and ts-morph's 6.0.2 ship. An ordinary,
//    terminated comment such as `/** see foo-*/` triggers it too. JSDoc is only scanned with
//    `JSDocParsingMode.ParseAll` (the default); `ParseForTypeInfo`/`ParseNone` do not hang.
//
// The front ends run in child processes with a time limit (an in-process run would hang the test
// worker for ever), through the built packages like bin.test.ts: `pnpm build` after a fix.

const limitMs = 20_000;

const sources = {
  // Something analysable whatever happens to the other files (a run that skips every file exits 2).
  'ok.ts': 'export const ok = 1;\n',
  // The fuzz test's minimised mutant: an unterminated JSDoc comment at the end of the file.
  'unterminated-jsdoc.ts': '/**n-fi',
  // The same defect in an ordinary comment.
  'terminated-jsdoc.ts': '/**a-*/\nexport const x = 1;\n',
};

describe('fuzz regressions: a JSDoc comment ending in `word-` (TypeScript parser hang, microsoft/TypeScript#63580)', () => {
  it('bindsafe analyze finishes: every file analysed or skipped with a diagnostic, exit 0', () => {
    expect(missingBuild()).toBeUndefined();
    const cwd = tempTsProject(sources);
    const run = runBuiltAnalyzer(['analyze', '--format', 'json', '--no-progress'], cwd, limitMs);
    expect(run.timedOut, `bindsafe analyze did not finish within ${limitMs} ms`).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      stats: { filesSelected: number; filesAnalyzed: number; filesSkipped: number; diagnostics: { file: string; skipped: boolean }[] };
    };
    expect(report.stats.filesSelected).toBe(3);
    expect(report.stats.filesAnalyzed + report.stats.filesSkipped).toBe(3);
    expect(report.stats.diagnostics.filter((d) => d.skipped).map((d) => d.file)).not.toContain('src/ok.ts');
  }, limitMs + 20_000);

  it('ESLint with configs.recommended finishes, without a fatal bindsafe message', () => {
    expect(missingBuild()).toBeUndefined();
    const cwd = tempTsProject(sources);
    const run = runBuiltEslint(cwd, limitMs);
    expect(run.timedOut, `ESLint did not finish within ${limitMs} ms`).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout) as EslintFileResult[];
    expect(results.map((r) => r.filePath.replace(/\\/g, '/').replace(/^.*\/src\//, '')).sort()).toEqual(Object.keys(sources).sort());
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal && m.ruleId !== null))).toEqual([]);
  }, limitMs + 20_000);
});
