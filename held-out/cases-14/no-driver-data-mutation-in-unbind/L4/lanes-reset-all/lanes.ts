export interface Lane {
  readonly index: number;
  errors: number;
  trained: boolean;
}

export function resetAll(lanes: Iterable<Lane>): number {
  let n = 0;
  for (const lane of lanes) {
    lane.errors = 0;
    lane.trained = false;
    n++;
  }
  return n;
}
