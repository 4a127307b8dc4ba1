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

export function* drainView<T>(rb: Readonly<RingBuf<T>>): Generator<T> {
  for (let i = 0; i < rb.length; i++) {
    const item = rb.items[(rb.start + i) % rb.items.length];
    if (item !== undefined) yield item;
  }
}
