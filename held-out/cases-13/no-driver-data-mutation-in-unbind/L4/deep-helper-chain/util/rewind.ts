export type Ring = { head: number; tail: number };

export function rewindOne(ring: Ring): void {
  ring.head = ring.tail;
}
