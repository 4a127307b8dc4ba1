import { isRuleId, ruleCatalogue, type RuleId, type Severity } from '@bindsafe/core';
import { BindsafeError } from './errors.js';

/** The severity of every rule for one run. */
export type RuleSeverities = Readonly<Record<RuleId, Severity>>;

const severities: readonly Severity[] = ['off', 'warn', 'error'];

/**
 * Severities in order of precedence: the catalogue's default (rules that are not `recommended`
 * are off unless turned on), then the config file's `rules`, then `--rule` / the API's `rules`.
 */
export function resolveSeverities(
  ...layers: readonly (Readonly<Partial<Record<RuleId, Severity>>> | undefined)[]
): RuleSeverities {
  const result = {} as Record<RuleId, Severity>;
  for (const rule of ruleCatalogue) result[rule.id] = rule.recommended ? rule.defaultSeverity : 'off';
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, severity] of Object.entries(layer)) {
      if (!isRuleId(id)) throw new BindsafeError(`unknown rule "${id}" (see \`bindsafe rules\`)`);
      if (severity === undefined) continue;
      if (!severities.includes(severity)) {
        throw new BindsafeError(`rule "${id}": severity must be one of off, warn, error (got "${String(severity)}")`);
      }
      result[id] = severity;
    }
  }
  return result;
}

/** Parses `ID=off|warn|error` (a leading `bindsafe/` is accepted as ESLint spells it). */
export function parseRuleSetting(text: string): [RuleId, Severity] {
  const eq = text.lastIndexOf('=');
  if (eq <= 0) throw new BindsafeError(`--rule expects ID=off|warn|error (got "${text}")`);
  const id = text.slice(0, eq).trim().replace(/^bindsafe\//, '');
  const severity = text.slice(eq + 1).trim();
  if (!isRuleId(id)) throw new BindsafeError(`--rule: unknown rule "${id}" (see \`bindsafe rules\`)`);
  if (!(severities as readonly string[]).includes(severity)) {
    throw new BindsafeError(`--rule ${id}: severity must be one of off, warn, error (got "${severity}")`);
  }
  return [id, severity as Severity];
}
