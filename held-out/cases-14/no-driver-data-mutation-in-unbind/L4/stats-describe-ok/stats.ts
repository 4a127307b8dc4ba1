export interface LinkStats {
  rxFrames: number;
  txFrames: number;
  crcErrors: number;
}

export function resetStats(stats: LinkStats): LinkStats {
  stats.rxFrames = stats.txFrames = stats.crcErrors = 0;
  return stats;
}

export default function describe(stats: Readonly<LinkStats>): string {
  return `rx=${stats.rxFrames} tx=${stats.txFrames} crc=${stats.crcErrors}`;
}
