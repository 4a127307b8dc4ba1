export type Ring = { readonly id: number; head: number; tail: number; resets: number };

/** A new array holding the same rings. */
export function snapshot(rings: readonly Ring[]): Ring[] {
  return rings.slice();
}

/** Resets the first ring of the list. */
export function resetFirst(list: readonly Ring[]): void {
  const first = list[0];
  if (first === undefined) return;
  first.head = first.tail;
  first.resets++;
}
