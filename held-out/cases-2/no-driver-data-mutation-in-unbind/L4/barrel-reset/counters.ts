// Counter blocks and the primitive that zeroes one counter.
export interface Stats {
  tx: number;
  rx: number;
}

export function zero(stats: Stats, key: keyof Stats): void {
  stats[key] = 0;
}
