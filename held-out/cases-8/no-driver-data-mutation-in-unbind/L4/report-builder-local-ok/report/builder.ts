/** Appends `key=value` lines to a report the caller owns. */
export function addEntries(report: string[], entries: Iterable<readonly [string, number]>): string[] {
  for (const [key, value] of entries) report.push(`${key}=${value}`);
  return report;
}
