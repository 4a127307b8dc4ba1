import type * as ts from 'typescript';
import { scopeOrder, type Scope } from '../model/spec.js';
import type { Interpreter } from './interpreter.js';
import { typedCarries } from './value-kinds.js';
import { createValue, isScoped, type AbstractValue, type RelatedNode } from './values.js';

/**
 * A value obtained with a proof lives no longer than the proof.
 *
 * The result of a model call derived from a scoped receiver or argument (the spec's
 * `derivedResults`, and any model method whose result type has a scope) gets the shortest scope
 * among them and its own type's, with the rule, region and guard of the operand that gives it: a
 * `Devres#access` made with a guard's `parent` is section-scoped (reported by
 * `no-leaked-unbind-guard`), made with probe's device binding-scoped.
 *
 * A `Core` operand proves the binding (a `Device<Core>` is accepted where a `Device<Bound>` is, and
 * stored where the declared type is `Bound` it is a binding-scoped store: rules.md's decisions),
 * so it gives `binding`; the `Core` context itself is what the result's own type keeps.
 *
 * In a summary, the parameters among the operands are recorded on the result (`proofs`): at a
 * call, the caller's result is proven by the arguments given for them (summary-apply.ts).
 *
 * Invariants: returns at most one value; none when neither the result's type nor an operand has
 * a scope a rule checks; the value's carrying is decided by the call's own type (value-kinds.ts).
 */
export function provenResult(
  it: Interpreter,
  call: ts.Node,
  own: Scope | undefined,
  operands: readonly (readonly AbstractValue[])[],
  description: string,
  modelType?: string,
  through?: readonly RelatedNode[],
): AbstractValue[] {
  let shortest: Scope | undefined = own === 'device' ? undefined : own;
  let proof: AbstractValue | undefined;
  const params: number[] = [];
  for (const values of operands) {
    for (const v of values) {
      if (v.kind === 'param' && v.paramIndex !== undefined && v.paramIndex >= 0 && !params.includes(v.paramIndex)) params.push(v.paramIndex);
      if (!isScoped(v) || !v.scope) continue;
      const scope: Scope = v.scope === 'callback' ? 'binding' : v.scope;
      if (shortest === undefined || scopeOrder[scope] < scopeOrder[shortest]) {
        shortest = scope;
        proof = scope === 'binding' && own === 'binding' ? undefined : v;
      }
    }
  }
  if (!shortest) return [];
  const fromProof = proof !== undefined && proof.scope === shortest;
  return [
    createValue({
      kind: 'scoped',
      origin: call,
      description,
      scope: shortest,
      rule: shortest === 'section' ? 'guard' : 'bound',
      region: fromProof && proof?.region ? proof.region : shortest === 'section' ? it.frame.fn : (it.frames[0]?.fn ?? it.frame.fn),
      ...(fromProof && proof?.guard ? { guard: proof.guard } : {}),
      ...(fromProof && proof?.kind === 'guard' ? { guard: proof } : {}),
      ...(modelType ? { modelType } : {}),
      ...(params.length > 0 ? { proofs: params } : {}),
      ...(through ? { through } : {}),
      carries: typedCarries(it.ctx, call),
    }),
  ];
}

/** The operands a spec entry names, among a call's receiver and arguments. */
export function operandsOf(
  names: readonly ('receiver' | number)[] | undefined,
  receiver: readonly AbstractValue[],
  args: readonly (readonly AbstractValue[])[],
): (readonly AbstractValue[])[] {
  return (names ?? []).map((n) => (n === 'receiver' ? receiver : (args[n] ?? [])));
}
