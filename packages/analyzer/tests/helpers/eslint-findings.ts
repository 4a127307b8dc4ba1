import { ESLint, type Linter } from 'eslint';
import plugin from 'eslint-plugin-bindsafe';

/** A finding reduced to what the two front ends must agree on. */
export interface FindingKey {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** `file:line:column ruleId`, the form agreement tests compare (sorted lists of these). */
export const findingKey = (f: FindingKey): string => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

/**
 * The second front end as a user runs it: ESLint with `configs.recommended`, typed through the
 * project service rooted at `dir`, over `patterns`. Returns ESLint's results and the bindsafe
 * findings as sorted keys, paths given by `toPath`; `suppression` is left out, since ESLint reports
 * unused directives itself (with no rule id) where the analyzer has its own rule.
 */
export async function eslintFindings(
  dir: string,
  patterns: readonly string[],
  toPath: (absolute: string) => string,
): Promise<{ results: ESLint.LintResult[]; keys: string[] }> {
  const recommended = plugin.configs.recommended;
  const config: Linter.Config = {
    ...(recommended as Linter.Config),
    files: ['**/*.ts'],
    languageOptions: {
      ...(recommended.languageOptions as Linter.LanguageOptions),
      parserOptions: { projectService: true, tsconfigRootDir: dir },
    },
  };
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [config] });
  const results = await eslint.lintFiles([...patterns]);
  const keys = results
    .flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('bindsafe/') && m.ruleId !== 'bindsafe/suppression')
        .map((m) => findingKey({ ruleId: (m.ruleId ?? '').slice('bindsafe/'.length), file: toPath(r.filePath), line: m.line, column: m.column })),
    )
    .sort();
  return { results, keys };
}
