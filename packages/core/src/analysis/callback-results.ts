import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { createValue, type AbstractValue } from './values.js';

/**
 * What calling a function parameter returns, in a summary (`make(build) { const v = build(); …
 * return v; }`): a placeholder for the result of parameter `k`'s call, so the summary can say
 * "returns what calling parameter k returns", and each caller's call returns what its own
 * callback returns there (summary-apply.ts), with the ownership, release and scope that value has.
 *
 * Invariants: a placeholder is a `fresh` value made by a summary's interpreter, whose origin is
 * the call of the parameter; it is known by this module's table alone.
 */
const calledParameter = new WeakMap<AbstractValue, number>();

/** Which parameter's call `v` is the result of, if it is such a placeholder. */
export function callResultOf(v: AbstractValue): number | undefined {
  return calledParameter.get(v);
}

/**
 * In a summary, the results of a call whose callee is a parameter (`build()`, an alias of it, or
 * `build.call(…)` / `build.apply(…)` on a callable parameter): one placeholder per parameter called.
 */
export function parameterCallResults(it: Interpreter, call: ts.CallExpression, calleeValues: readonly AbstractValue[], receiver: readonly AbstractValue[] | undefined): AbstractValue[] {
  if (it.mode !== 'summary') return [];
  const tsm = it.ts;
  const callee = call.expression;
  let called = calleeValues;
  if (receiver && tsm.isPropertyAccessExpression(callee) && (callee.name.text === 'call' || callee.name.text === 'apply')) {
    // `build.call(thisArg)`: a method of `Function.prototype` on a parameter that is a function.
    const callable = it.ctx.checker.getTypeAtLocation(callee.expression).getCallSignatures().length > 0;
    if (callable) called = receiver;
  }
  return resultsOfCalling(it, call, called);
}

/** In a summary, the placeholders for calling those of `values` that are parameters, at `call`. */
export function resultsOfCalling(it: Interpreter, call: ts.CallExpression | ts.NewExpression, values: readonly AbstractValue[]): AbstractValue[] {
  if (it.mode !== 'summary') return [];
  const out: AbstractValue[] = [];
  for (const v of values) {
    if (v.kind !== 'param' || v.paramIndex === undefined || v.paramIndex < 0) continue;
    const result = createValue({ kind: 'fresh', origin: call, description: `what calling ${v.description} returns` });
    calledParameter.set(result, v.paramIndex);
    out.push(result);
  }
  return out;
}

