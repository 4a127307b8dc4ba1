export interface Ring {
  head: number;
  tail: number;
  readonly slots: number[];
}

export function makeRing(size: number): Ring {
  return { head: 0, tail: 0, slots: new Array<number>(size).fill(0) };
}

/** Drops every posted descriptor by moving the consumer index onto the producer's. */
export function rewind(ring: Ring): number {
  const skipped = (ring.tail - ring.head + ring.slots.length) % ring.slots.length;
  ring.head = ring.tail;
  return skipped;
}
