import type { TSESLint } from '@typescript-eslint/utils';
import parser from '@typescript-eslint/parser';
import { ruleCatalogue } from '@bindsafe/core';

/**
 * `configs.recommended`: every very-high and high precision rule at its default severity, with
 * typed linting through typescript-eslint's project service and unused disable directives
 * reported. Add `parserOptions.tsconfigRootDir` for your repository.
 */
export function recommendedConfig(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  const rules: TSESLint.FlatConfig.Rules = {};
  for (const r of ruleCatalogue) {
    if (!r.inEslint || !r.recommended) continue;
    rules[`bindsafe/${r.id}`] = r.defaultSeverity;
  }
  return {
    name: 'bindsafe/recommended',
    plugins: { bindsafe: plugin },
    languageOptions: {
      parser,
      // JSDoc nodes are not needed (bindsafe reads `@unsafe` from the comment text), and TypeScript
      // 6.0's JSDoc scanner can hang on a comment ending in `word-` (microsoft/TypeScript#63580).
      parserOptions: { projectService: true, jsDocParsingMode: 'type-info' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules,
  };
}
