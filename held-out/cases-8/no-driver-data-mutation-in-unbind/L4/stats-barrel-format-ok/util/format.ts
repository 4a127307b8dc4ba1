/** Formats link statistics; reads only. */
export interface LinkStats {
  readonly up: number;
  readonly down: number;
  readonly flaps: readonly number[];
}

export function formatStats(stats: LinkStats, unit: 'ms' | 's' = 'ms'): string {
  const worst = stats.flaps.reduce((a, b) => Math.max(a, b), 0);
  return `up ${stats.up}${unit} down ${stats.down}${unit} worst flap ${worst}${unit}`;
}
