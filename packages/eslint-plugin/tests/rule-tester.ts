import { RuleTester } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The typed fixture project the rule tests lint in (its `file.ts` is replaced by each case's code). */
export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), 'fixture');

/** A RuleTester with type information from the fixture project. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fixtureDir,
      },
    },
  });
}

/** Imports every case's code starts with (kept on one line, so case line numbers stay readable). */
export const imports = `import { device, devres, pci, platform, auxiliary, drm } from '@bindsafe/kernel';\n`;

/** The messages of one bindsafe rule on `code`, linted as the fixture project's `file.ts`. */
export function lintWithRule(id: string, rule: unknown, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd: fixtureDir });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixtureDir } },
        plugins: { bindsafe: { rules: { [id]: rule as never } } },
        rules: { [`bindsafe/${id}`]: 'error' },
      },
    ],
    join(fixtureDir, 'file.ts'),
  );
}
