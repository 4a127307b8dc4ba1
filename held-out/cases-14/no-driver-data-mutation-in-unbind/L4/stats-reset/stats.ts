export interface LinkStats {
  rxFrames: number;
  txFrames: number;
  crcErrors: number;
}

export default function resetStats(stats: LinkStats): LinkStats {
  stats.rxFrames = stats.txFrames = stats.crcErrors = 0;
  return stats;
}
