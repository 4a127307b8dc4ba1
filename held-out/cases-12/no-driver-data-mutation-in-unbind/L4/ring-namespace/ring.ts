// Descriptor-ring helpers, imported as a namespace.
export interface DescRing {
  head: number;
  tail: number;
  readonly size: number;
}

export const create = (size: number): DescRing => ({ head: 0, tail: 0, size });

export function used(ring: Readonly<DescRing>): number {
  return (ring.tail - ring.head + ring.size) % ring.size;
}

export function rewind(ring: DescRing): void {
  ring.head = ring.tail = 0;
}
