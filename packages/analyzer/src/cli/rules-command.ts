import { docsUrl, ruleCatalogue } from '@bindsafe/core';

/** `bindsafe rules --format json`: one object per rule. */
export function rulesAsJson(): string {
  const rules = ruleCatalogue.map((r) => ({
    id: r.id,
    description: r.description,
    invariant: r.invariant,
    precision: r.precision,
    defaultSeverity: r.recommended ? r.defaultSeverity : 'off',
    severityWhenOn: r.defaultSeverity,
    recommended: r.recommended,
    frontEnds: r.inEslint ? ['eslint', 'analyze'] : ['analyze'],
    docs: docsUrl(r.id),
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** `bindsafe rules`: an aligned table. */
export function rulesAsText(): string {
  const header = ['rule', 'precision', 'default', 'recommended', 'reported by', 'docs'];
  const rows = ruleCatalogue.map((r) => [
    r.id,
    r.precision,
    r.recommended ? r.defaultSeverity : 'off',
    r.recommended ? 'yes' : 'no',
    r.inEslint ? 'eslint, analyze' : 'analyze only',
    docsUrl(r.id),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
