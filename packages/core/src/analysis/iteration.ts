import type * as ts from 'typescript';
import { addAll, addContent, createValue, type AbstractValue } from './values.js';

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

/** Forgets what is known of the elements of `containers` (and of their positions): something may have changed them. */
export function forgetElements(containers: readonly AbstractValue[]): void {
  for (const c of containers) {
    knownElements.delete(c);
    knownPositions.delete(c);
  }
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

/**
 * Positions: an array literal holds each element at its index (`[a, , b]`: `a` at 0, nothing at 1,
 * `b` at 2; after a spread of a container whose positions are not known, the indices are not
 * known either), and so does the tuple a helper returns (its summary says which of its values is
 * at which index). Reading a position (`const [x] = t`, `t[0]`, `const { 0: x } = t`) of such a
 * container gives what is at that index, a rest element (`[x, ...rest]`) a new array of the
 * following ones; of any other container, any of its elements. What a temporary container holds
 * at the positions nobody reads is then held by nothing once the temporary is gone.
 *
 * Known from the container's creation until any change to it, like its elements for sure.
 * `exact`: every index is known (the literal's length too); otherwise only the first `at.length`.
 */
export interface Positions {
  readonly at: readonly (readonly AbstractValue[])[];
  readonly exact: boolean;
}

const knownPositions = new WeakMap<AbstractValue, Positions>();

/** Records what `container` holds at each index (when it is created with them). */
export function recordPositions(container: AbstractValue, positions: Positions): void {
  if (positions.at.length > 0 || positions.exact) knownPositions.set(container, positions);
}

/** What is known of the positions of `container`, if anything. */
export function positionsOf(container: AbstractValue): Positions | undefined {
  return knownPositions.get(container);
}

/**
 * The positions of what a literal's elements and spreads give: `items` in order, each one value
 * set (`element`) or a spread of containers (`spread`).
 */
export function positionsOfItems(items: readonly ({ readonly element: readonly AbstractValue[] } | { readonly spread: readonly AbstractValue[] })[]): Positions {
  const at: AbstractValue[][] = [];
  for (const item of items) {
    if ('element' in item) {
      at.push([...item.element]);
      continue;
    }
    // A spread goes on the known positions only if it is one container whose positions are all known.
    const [only, ...others] = item.spread;
    const inner = only && others.length === 0 ? knownPositions.get(only) : undefined;
    if (!inner?.exact) return { at, exact: false };
    for (const values of inner.at) at.push([...values]);
  }
  return { at, exact: true };
}

/** The index a property key denotes (`'0'`, `'12'`), if it is one. */
export function positionIndex(key: string | undefined): number | undefined {
  return key !== undefined && /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : undefined;
}

/**
 * What reading index `index` of `containers` gives where their positions tell (`values`), and the
 * containers they do not tell it of (`unknown`: the caller reads any element of those).
 */
export function valuesAtPosition(containers: readonly AbstractValue[], index: number): { values: AbstractValue[]; unknown: AbstractValue[] } {
  const values: AbstractValue[] = [];
  const unknown: AbstractValue[] = [];
  for (const c of containers) {
    const positions = knownPositions.get(c);
    if (positions && (index < positions.at.length || positions.exact)) addAll(values, positions.at[index] ?? []);
    else unknown.push(c);
  }
  return { values, unknown };
}

/**
 * The array a rest element `[…, ...rest]` starting at `index` makes of each of `containers` whose
 * positions are all known (`values`: it holds the elements from `index` on, at their new
 * positions), and the containers whose positions are not (`unknown`).
 */
export function restFromPosition(containers: readonly AbstractValue[], index: number, origin: ts.Node): { values: AbstractValue[]; unknown: AbstractValue[] } {
  const values: AbstractValue[] = [];
  const unknown: AbstractValue[] = [];
  for (const c of containers) {
    const positions = knownPositions.get(c);
    if (!positions?.exact) {
      unknown.push(c);
      continue;
    }
    const rest = createValue({ kind: 'fresh', origin, description: 'the array of the rest elements' });
    const at = positions.at.slice(index);
    for (const v of at) addContent(rest, '*', v);
    recordPositions(rest, { at, exact: true });
    recordElements(rest, elementsForSure([c]).filter((e) => at.some((p) => p.length === 1 && p[0] === e)));
    values.push(rest);
  }
  return { values, unknown };
}
