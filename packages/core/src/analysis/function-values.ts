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

/**
 * The method `o.m()` runs when the declaration of `m` in `o`'s declared type has no body (an
 * interface's or a type's signature): the member `m` of the value `o` holds, when a `const`
 * initialised here says what that is (an object literal's method or function-valued property, the
 * class of an instance created there). Asked only for such signatures of the analysed code.
 */
export function heldMethod(it: Interpreter, callee: ts.Expression, name: string): ts.FunctionLikeDeclaration | undefined {
  const tsm = it.ts;
  if (!tsm.isPropertyAccessExpression(callee)) return undefined;
  const base = skipParens(tsm, callee.expression);
  if (!tsm.isIdentifier(base)) return undefined;
  const decl = it.ctx.symbolAt(base)?.valueDeclaration;
  if (!decl || !tsm.isVariableDeclaration(decl) || !decl.initializer || !(tsm.getCombinedNodeFlags(decl) & tsm.NodeFlags.Const)) return undefined;
  let init = decl.initializer;
  while (tsm.isParenthesizedExpression(init) || tsm.isAsExpression(init) || tsm.isSatisfiesExpression(init) || tsm.isNonNullExpression(init)) init = init.expression;
  if (tsm.isObjectLiteralExpression(init)) return literalMethod(it, init, name);
  if (tsm.isNewExpression(init)) {
    const member = it.ctx.checker.getTypeAtLocation(init).getProperty(name);
    for (const d of member?.declarations ?? []) {
      const fn = functionOf(it, d);
      if (fn?.body) return fn;
    }
  }
  return undefined;
}

/** The function an object literal's property `name` holds, when the literal says (its last write of that name; a later spread may replace it). */
function literalMethod(it: Interpreter, literal: ts.ObjectLiteralExpression, name: string): ts.FunctionLikeDeclaration | undefined {
  const tsm = it.ts;
  for (let i = literal.properties.length - 1; i >= 0; i--) {
    const p = literal.properties[i];
    if (!p || tsm.isSpreadAssignment(p)) return undefined;
    const key = p.name && (tsm.isIdentifier(p.name) || tsm.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (key !== name) continue;
    // A function named there (`{ submit }`, `{ submit: submitRing }`) is its declaration's.
    const named = tsm.isShorthandPropertyAssignment(p)
      ? it.ctx.checker.getShorthandAssignmentValueSymbol(p)
      : tsm.isPropertyAssignment(p) && tsm.isIdentifier(skipParens(tsm, p.initializer))
        ? it.ctx.symbolAt(skipParens(tsm, p.initializer))
        : undefined;
    if (!named) return functionOf(it, p);
    for (const d of named.declarations ?? []) {
      const fn = functionOf(it, d);
      if (fn) return fn;
    }
    return undefined;
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
