export type Ring = { readonly id: number; head: number; tail: number };

/** A new array holding the same rings. */
export function snapshot(rings: readonly Ring[]): Ring[] {
  return [...rings];
}
