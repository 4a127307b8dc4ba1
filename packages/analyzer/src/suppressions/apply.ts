import { bindsafePrefix, bindsafeRulesOf, type Directive } from './directives.js';

/** What a directive needs to know about a finding. */
export interface SuppressibleFinding {
  readonly ruleId: string;
  /** 0-based line of the finding's start. */
  readonly line: number;
  /** Offset of the finding's start. */
  readonly pos: number;
}

/** A bindsafe directive without a reason, or naming bindsafe rules it suppressed nothing of. */
export interface SuppressionProblem {
  readonly messageId: 'missingReason' | 'unused';
  /** The bindsafe rule names concerned, as written. */
  readonly rules: readonly string[];
  /** Offsets of the directive comment. */
  readonly pos: number;
  readonly end: number;
}

export interface SuppressionOutcome<F> {
  readonly kept: F[];
  readonly suppressed: F[];
  readonly problems: SuppressionProblem[];
}

/**
 * Applies a file's directives to its findings the way ESLint does: a `-line`/`-next-line`
 * directive covers its line; `eslint-disable` covers what follows it until an `eslint-enable`
 * that names the same rule (or names none). A directive naming no rule covers every rule.
 *
 * Only directives naming at least one `bindsafe/` rule are checked: without a `-- reason`, or
 * with a named bindsafe rule that suppressed nothing, they give a problem. Directives naming no
 * rule, or only other plugins' rules, are honoured and never reported.
 */
export function applySuppressions<F extends SuppressibleFinding>(
  directives: readonly Directive[],
  findings: readonly F[],
): SuppressionOutcome<F> {
  const lineDirectives = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line');
  const blockDirectives = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.pos - b.pos);
  const used = new Map<Directive, Set<string>>();
  const markUsed = (d: Directive, name: string): void => {
    let names = used.get(d);
    if (!names) used.set(d, (names = new Set()));
    names.add(name);
  };

  const kept: F[] = [];
  const suppressed: F[] = [];
  for (const finding of findings) {
    const name = `${bindsafePrefix}${finding.ruleId}`;
    const covers = (d: Directive): boolean => d.rules.length === 0 || d.rules.includes(name);
    let by = lineDirectives.find((d) => d.line === finding.line && covers(d));
    if (!by) {
      for (const d of blockDirectives) {
        if (d.pos >= finding.pos) break;
        if (covers(d)) by = d.kind === 'disable' ? d : undefined;
      }
    }
    if (by) {
      markUsed(by, name);
      suppressed.push(finding);
    } else {
      kept.push(finding);
    }
  }

  const problems: SuppressionProblem[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const named = bindsafeRulesOf(d);
    if (named.length === 0) continue;
    if (d.reason === undefined) problems.push({ messageId: 'missingReason', rules: named, pos: d.pos, end: d.end });
    const usedNames = used.get(d);
    const unused = named.filter((n) => !usedNames?.has(n));
    if (unused.length > 0) problems.push({ messageId: 'unused', rules: unused, pos: d.pos, end: d.end });
  }
  return { kept, suppressed, problems };
}
