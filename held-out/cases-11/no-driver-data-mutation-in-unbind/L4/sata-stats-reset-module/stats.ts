// Link statistics for the SATA driver and a helper that resets them.
export interface LinkStats {
  crcErrors: number;
  retries: number;
  lastReset?: Date;
}

export function resetStats(stats: LinkStats): void {
  stats.crcErrors = 0;
  stats.retries = 0;
  stats.lastReset = new Date();
}
