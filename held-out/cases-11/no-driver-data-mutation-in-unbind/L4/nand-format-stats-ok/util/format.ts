// Formatting helpers for flash statistics: they only read what they are given.
export interface EraseStats {
  readonly blocks: number;
  readonly badBlocks: ReadonlySet<number>;
}

export function formatStats({ blocks, badBlocks }: EraseStats): string {
  const pct = blocks === 0 ? 0 : (100 * badBlocks.size) / blocks;
  return `${badBlocks.size}/${blocks} bad (${pct.toFixed(1)}%)`;
}
