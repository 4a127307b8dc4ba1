// Runs the two front ends over the suite, from the built packages: `bindsafe analyze` through its
// API and ESLint with the plugin's recommended config and typed linting.
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-bindsafe';
import { analyze } from '@bindsafe/analyzer';
import { relative, sep } from 'node:path';
import { ruleIds } from './corpus.mjs';

/** A front end's run that cannot be measured (nothing analysed, a parse failure, …). */
export class FrontEndError extends Error {}

const posix = (p) => p.split(sep).join('/');

/** `{ findings: [{ rule, file, line, column, message }], filesAnalyzed }` of `bindsafe analyze`. */
export async function runAnalyzer({ tsconfig, root, caseFiles }) {
  const result = await analyze({ project: tsconfig, cwd: root, root, config: false });
  const skipped = result.diagnostics.filter((d) => d.skipped && caseFiles.has(d.file));
  if (skipped.length > 0) {
    throw new FrontEndError(`bindsafe analyze skipped ${skipped.length} case file(s), e.g. ${skipped[0].file}: ${skipped[0].message}`);
  }
  const findings = result.findings
    .filter((f) => ruleIds.includes(f.ruleId))
    .map((f) => ({ rule: f.ruleId, file: f.location.file, line: f.location.line, column: f.location.column, message: f.message }));
  return { findings, filesAnalyzed: result.stats.filesAnalyzed };
}

/** The same for ESLint (`configs.recommended`, project service rooted at the suite). */
export async function runEslint({ suiteDir, root, batches }) {
  const recommended = plugin.configs.recommended;
  const config = {
    ...recommended,
    files: ['**/*.ts'],
    languageOptions: {
      ...recommended.languageOptions,
      parserOptions: { ...recommended.languageOptions?.parserOptions, projectService: true, tsconfigRootDir: suiteDir },
    },
  };
  const eslint = new ESLint({ cwd: suiteDir, overrideConfigFile: true, overrideConfig: [config] });
  const results = await eslint.lintFiles(batches.map((b) => `${b}/**/*.ts`));
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${posix(relative(root, r.filePath))}:${m.line}: ${m.message}`));
  if (fatal.length > 0) throw new FrontEndError(`ESLint could not lint ${fatal.length} place(s), e.g. ${fatal[0]}`);
  const findings = results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId?.startsWith('bindsafe/') && ruleIds.includes(m.ruleId.slice('bindsafe/'.length)))
      .map((m) => ({ rule: m.ruleId.slice('bindsafe/'.length), file: posix(relative(root, r.filePath)), line: m.line, column: m.column, message: m.message })),
  );
  return { findings, filesAnalyzed: results.length };
}
