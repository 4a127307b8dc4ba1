import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { skipParens } from './narrowing.js';
import { addContent, createValue, type AbstractValue } from './values.js';

/**
 * `Function.prototype.bind`, `call` and `apply`: a function value used as a value.
 *
 * The language's rule: `f.bind(obj, a)` makes a new function that calls `f` with `this` = `obj`
 * and `a` before its own arguments, so it holds `obj` and `a` (and whatever `f` captured) for as
 * long as it lives: handed to a timer, stored or returned, they go with it. `f.call(obj, a, b)`
 * calls `f` now with `this` = `obj` and the arguments `a, b`; `f.apply(obj, [a, b])` with the
 * elements of the array.
 *
 * Invariants: a bound function is a `closure` value whose `fn` is the target's (when known); what
 * it was bound to is in `boundTo`, and also in its contents (under `$bound`), so `reachable`
 * follows its receiver and arguments like any captured value.
 */
export const functionMethods: ReadonlySet<string> = new Set(['bind', 'call', 'apply']);

const boundTo = new WeakMap<AbstractValue, { readonly thisValues: readonly AbstractValue[]; readonly args: readonly (readonly AbstractValue[])[] }>();

/** The function `target.bind(...args)` makes (one per known target, or one holding the values). */
export function boundFunction(
  call: ts.CallExpression,
  targets: readonly AbstractValue[],
  fns: readonly ts.FunctionLikeDeclaration[],
  args: readonly (readonly AbstractValue[])[],
): AbstractValue[] {
  const make = (fn: ts.FunctionLikeDeclaration | undefined): AbstractValue => {
    const bound = createValue({ kind: 'closure', origin: call, description: 'the function bound here', ...(fn ? { fn } : {}) });
    for (const t of targets) for (const [key, values] of t.contents) addContent(bound, key, values);
    // Binding an already bound function keeps its receiver and puts the new arguments after its own.
    const earlier = targets.map((t) => boundTo.get(t)).find((b) => b !== undefined);
    const thisValues = earlier ? earlier.thisValues : (args[0] ?? []);
    const boundArgs = [...(earlier?.args ?? []), ...args.slice(1)];
    boundTo.set(bound, { thisValues, args: boundArgs });
    addContent(bound, '$bound', [...thisValues, ...boundArgs.flat()]);
    return bound;
  };
  return fns.length > 0 ? fns.map(make) : [make(undefined)];
}

/** What calling `fn` gets through `fn.call(...)` / `fn.apply(...)`: its `this` and its arguments. */
export function callArguments(
  name: 'call' | 'apply',
  fn: ts.FunctionLikeDeclaration,
  args: readonly (readonly AbstractValue[])[],
  elementsOf: (values: AbstractValue[]) => AbstractValue[],
): { thisValues: AbstractValue[]; args: AbstractValue[][] } {
  const thisValues = [...(args[0] ?? [])];
  if (name === 'call') return { thisValues, args: args.slice(1).map((a) => [...a]) };
  // Which element lands in which parameter is not known: each parameter may get any of them.
  const elements = elementsOf([...(args[1] ?? [])]);
  return { thisValues, args: fn.parameters.map(() => [...elements]) };
}

/** The `this` and arguments a call of `closure` runs with: a bound function's own come first. */
export function boundInvocation(
  closure: AbstractValue,
  args: readonly (readonly AbstractValue[])[],
  receiver: readonly AbstractValue[],
): { thisValues: AbstractValue[]; args: (readonly AbstractValue[])[] } {
  const bound = boundTo.get(closure);
  if (!bound) return { thisValues: [...receiver], args: [...args] };
  return { thisValues: [...bound.thisValues], args: [...bound.args, ...args] };
}

/** The function a declaration denotes (a function, a method, or a variable or property holding one). */
export function functionOf(it: Interpreter, d: ts.Node): ts.FunctionLikeDeclaration | undefined {
  const tsm = it.ts;
  if (tsm.isFunctionDeclaration(d) || tsm.isMethodDeclaration(d) || tsm.isConstructorDeclaration(d)) return d;
  if (tsm.isFunctionExpression(d) || tsm.isArrowFunction(d)) return d;
  if ((tsm.isVariableDeclaration(d) || tsm.isPropertyDeclaration(d) || tsm.isPropertyAssignment(d)) && d.initializer) {
    const init = skipParens(tsm, d.initializer);
    if (tsm.isFunctionExpression(init) || tsm.isArrowFunction(init)) return init;
  }
  return undefined;
}

const closureReturning = new WeakMap<ts.FunctionLikeDeclaration, boolean>();

/**
 * Whether `fn` returns a function it creates (`return (k, v) => …`, `() => function () {…}`): a
 * factory, whose result is only useful interpreted with what it captured from the call's arguments.
 * Decided from the syntax alone (no checker query).
 */
export function returnsClosure(it: Interpreter, fn: ts.FunctionLikeDeclaration): boolean {
  let known = closureReturning.get(fn);
  if (known !== undefined) return known;
  const tsm = it.ts;
  const isFunction = (e: ts.Expression | undefined): boolean => {
    const inner = e && skipParens(tsm, e);
    return !!inner && (tsm.isArrowFunction(inner) || tsm.isFunctionExpression(inner));
  };
  const visit = (n: ts.Node): boolean => {
    if (tsm.isReturnStatement(n)) return isFunction(n.expression);
    if (tsm.isFunctionLike(n) || tsm.isClassLike(n)) return false;
    return tsm.forEachChild(n, (c) => visit(c) || undefined) ?? false;
  };
  const body = fn.body;
  known = !!body && (tsm.isBlock(body) ? visit(body) : isFunction(body as ts.Expression));
  closureReturning.set(fn, known);
  return known;
}
