import { docsUrl, type RuleDescription } from '@bindsafe/core';

/** A `reportingDescriptor` of SARIF 2.1.0 for one rule, with what GitHub code scanning reads. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: 'error' | 'warning'; readonly enabled: boolean };
  readonly properties: { readonly precision: string; readonly tags: readonly string[] };
}

/** Tags for filtering in code scanning; `type-contract` and `suppression` are the analyzer's own. */
function tagsOf(rule: RuleDescription): string[] {
  if (rule.id === 'suppression') return ['bindsafe', 'maintainability'];
  if (rule.id === 'type-contract') return ['bindsafe', 'binding-safety', 'correctness', 'types'];
  return ['bindsafe', 'binding-safety', 'correctness'];
}

export function sarifRule(rule: RuleDescription): SarifRule {
  const url = docsUrl(rule.id);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Invariant: ${rule.invariant}` },
    help: {
      text: `${rule.description}\n\nInvariant: ${rule.invariant}\n\nPrecision: ${rule.precision}.\n\nDocumentation: ${url}`,
      markdown: [
        `**${rule.id}**: ${rule.description}`,
        '',
        `**Invariant:** ${rule.invariant}`,
        '',
        `**Precision:** ${rule.precision}${rule.inEslint ? '' : ' (reported by `bindsafe analyze` only)'}`,
        '',
        `[Documentation](${url})`,
      ].join('\n'),
    },
    helpUri: url,
    defaultConfiguration: { level: rule.defaultSeverity === 'warn' ? 'warning' : 'error', enabled: rule.recommended },
    properties: { precision: rule.precision, tags: tagsOf(rule) },
  };
}
