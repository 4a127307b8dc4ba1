// Statistics helpers shared by the NIC driver's modules.
export interface LinkStats {
  resets: number;
  linkFlaps: number;
}

export function bumpResets(stats: LinkStats, by = 1): number {
  stats.resets += by;
  return stats.resets;
}

export function formatStats(stats: Readonly<LinkStats>): string {
  return `${stats.resets} resets, ${stats.linkFlaps} link flaps`;
}
