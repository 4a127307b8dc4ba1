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
    if (!r.inEslint || !r.recommended || r.precision === 'medium') continue;
    rules[`bindsafe/${r.id}`] = r.defaultSeverity;
  }
  return {
    name: 'bindsafe/recommended',
    plugins: { bindsafe: plugin },
    languageOptions: {
      parser,
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules,
  };
}
