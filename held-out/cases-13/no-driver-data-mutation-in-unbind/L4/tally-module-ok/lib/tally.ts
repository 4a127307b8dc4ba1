export interface Tally {
  lanes: number;
  samples: number;
  readonly byLane: Map<string, number>;
}

/** Adds `lanes` to the tally `into` (only `into` changes). */
export function tally(lanes: ReadonlyMap<string, readonly number[]>, into: Tally): Tally {
  for (const [name, samples] of lanes) {
    into.lanes += 1;
    into.samples += samples.length;
    into.byLane.set(name, samples.length);
  }
  return into;
}
