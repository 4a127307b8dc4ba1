import type { AbstractValue } from './values.js';

/**
 * Iteration over containers: a `for…of` over a container binds its variable to each element the
 * container holds, once per element. Where the elements a container holds for sure are known (an
 * array literal's elements that are each one value, `new Set(literal)`, in a container nothing has
 * changed since), the loop runs at least once, and on the paths where it runs to its end every
 * one of those elements has been bound: what every iteration does to its element (releases it,
 * drops it) has then been done to each of them. A loop left early (`break`, `return`, `throw`)
 * has visited only some (statements.ts).
 *
 * A container's contents are not per path, so what is known here holds from its creation until
 * any change to it (a store into it, a mutating method, a helper that changes it): a change
 * forgets it for good, wherever it is.
 */
const knownElements = new WeakMap<AbstractValue, readonly AbstractValue[]>();

/** Records that `container` holds each of `elements` (when it is created with them). */
export function recordElements(container: AbstractValue, elements: readonly AbstractValue[]): void {
  if (elements.length > 0) knownElements.set(container, elements);
}

/** Forgets what is known of the elements of `containers`: something may have changed them. */
export function forgetElements(containers: readonly AbstractValue[]): void {
  for (const c of containers) knownElements.delete(c);
}

/**
 * The elements a container that `values` may be holds for sure, whichever one it is: the elements
 * known of every one of them (none when one of them is not a container with known elements).
 */
export function elementsForSure(values: readonly AbstractValue[]): AbstractValue[] {
  let out: AbstractValue[] | undefined;
  for (const v of values) {
    const known = knownElements.get(v) ?? [];
    out = out === undefined ? [...known] : out.filter((e) => known.includes(e));
    if (out.length === 0) return [];
  }
  return out ?? [];
}
