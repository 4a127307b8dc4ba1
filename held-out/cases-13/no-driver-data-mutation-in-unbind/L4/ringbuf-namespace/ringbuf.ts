export interface RingBuf<T> {
  readonly items: (T | undefined)[];
  start: number;
  length: number;
}

export function create<T>(capacity: number): RingBuf<T> {
  return { items: new Array<T | undefined>(capacity).fill(undefined), start: 0, length: 0 };
}

export function push<T>(rb: RingBuf<T>, item: T): void {
  const cap = rb.items.length;
  rb.items[(rb.start + rb.length) % cap] = item;
  if (rb.length < cap) rb.length++;
  else rb.start = (rb.start + 1) % cap;
}

export function size(rb: Readonly<RingBuf<unknown>>): number {
  return rb.length;
}
