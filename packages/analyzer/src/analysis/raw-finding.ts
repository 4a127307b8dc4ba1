import type { Finding, RelatedLocation, RuleId, Suggestion } from '@bindsafe/core';

/**
 * A finding of one file before it is located and given a severity: an engine finding, a
 * `type-contract` finding or a `suppression` finding. `start`/`end` are offsets in that file.
 */
export interface RawFinding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  readonly message: string;
  readonly data: Readonly<Record<string, string>>;
  readonly start: number;
  readonly end: number;
  readonly related: readonly RelatedLocation[];
  readonly flow: readonly RelatedLocation[];
  readonly suggestions: readonly Suggestion[];
}

export function fromEngineFinding(finding: Finding): RawFinding {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    message: finding.message,
    data: finding.data,
    start: finding.span.start,
    end: finding.span.end,
    related: finding.related,
    flow: finding.flow.length >= 2 ? finding.flow : [],
    suggestions: finding.suggestions,
  };
}
