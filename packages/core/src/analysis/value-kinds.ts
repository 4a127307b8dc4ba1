import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { deriveValue, readContent, type AbstractValue } from './values.js';

/**
 * Values by type: what cannot hold a reference carries no scope.
 *
 * A value whose static type is a primitive, a literal, an enum or a union of those is a copy,
 * whatever it was read from (a field of the registration data, `devres.access()` of a
 * `Devres<number>`, a guarded callback's `number` argument); so are the parts of a value whose
 * parts all have such types (`{ ...counters }`, `Object.values(counters)`, `for (const n of
 * samples)` where the fields or elements are numbers). Every tracked value gets a lazy test,
 * asked only where it matters (at a sink, see `carries` in values.ts), so a value that never
 * reaches a sink costs no type query.
 *
 * Invariants: the node a value is tested by has the value's own type (its origin: a parameter, a
 * call, a property read); the parts of a value are tested by the type of the value they are parts
 * of (`partsCarry`).
 */

/** A lazy test that a value of `node`'s type carries anything (see `AnalysisContext.carriesValue`). */
export function typedCarries(ctx: AnalysisContext, node: ts.Node): () => boolean {
  return () => ctx.carriesValue(node);
}

/** A lazy test that a part of a value of `node`'s type carries anything. */
export function partsCarry(ctx: AnalysisContext, node: ts.Node): () => boolean {
  return () => ctx.partsCarry(node);
}

/**
 * The parts of `values` (their properties and elements): what containers created in the analysed
 * code hold; for a scoped value, the borrowed driver data or a parameter (in a summary), a value
 * derived from it (same scope, provenance and parameter index) that carries only if the value's
 * type has a part that can. Other values have no parts the rules follow.
 */
export function partsOf(ctx: AnalysisContext, values: readonly AbstractValue[]): AbstractValue[] {
  const out: AbstractValue[] = [];
  for (const v of values) {
    if (v.kind === 'fresh' || v.kind === 'closure') {
      for (const inner of readContent(v, undefined)) if (!out.includes(inner)) out.push(inner);
    } else if (v.kind === 'scoped' || v.kind === 'driverData' || v.kind === 'param') {
      out.push(partOf(ctx, v));
    }
  }
  return out;
}

/** A part of a scoped value (or of the borrowed driver data): same scope, tested by the parts of its type. */
export function partOf(ctx: AnalysisContext, v: AbstractValue): AbstractValue {
  return deriveValue(v, v.origin, `a value reached through ${v.description}`, partsCarry(ctx, v.origin));
}
