// Helper module of probe-side-import: seeds a channel table.
export function seedChannels(table: Map<number, string>, count: number): void {
  for (let i = 0; i < count; i++) table.set(i, `ch${i}`);
}

export function channelCount(table: ReadonlyMap<number, string>): number {
  return table.size;
}
