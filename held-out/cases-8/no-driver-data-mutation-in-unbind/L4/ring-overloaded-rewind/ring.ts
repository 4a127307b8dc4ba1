/** A producer/consumer ring's indices and an overloaded helper that rewinds them. */
export interface RingIndices {
  head: number;
  tail: number;
}

export interface HasRing {
  readonly ring: RingIndices;
}

export function rewind(owner: HasRing): void;
export function rewind(owner: HasRing, to: number): void;
export function rewind(owner: HasRing, to = 0): void {
  owner.ring.head = to;
  owner.ring.tail = to;
}
