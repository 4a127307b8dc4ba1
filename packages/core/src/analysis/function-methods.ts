import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
import { builtinCall } from './calls.js';
import { boundFunction, callArguments, functionMethods, functionOf } from './function-values.js';
import { within, type CallHook, type CallSite, type Interpreter } from './interpreter.js';
import { skipParens } from './narrowing.js';
import { applySummary } from './summary-apply.js';
import { getSummary } from './summary.js';
import { union, type AbstractValue } from './values.js';

/**
 * `f.bind(…)`, `f.call(…)`, `f.apply(…)` at calls (in `Semantics.callHooks`): what a function
 * value used as a value does when one of `Function.prototype`'s methods is called on it. The
 * values these make (bound functions) and the language's rule are in function-values.ts.
 */
export const functionMethodCallHook: CallHook = {
  name: 'bind / call / apply',
  beforeArguments(it, site) {
    const { callee, name, receiver } = site;
    if (!name || !receiver || !functionMethods.has(name)) return undefined;
    if (!it.ts.isPropertyAccessExpression(callee) && !it.ts.isElementAccessExpression(callee)) return undefined;
    // `Reflect.apply(f, obj, [a])` is `f.apply(obj, [a])`.
    if (name === 'apply' && isReflect(it, callee.expression)) {
      const fnExpr = site.call.arguments[0];
      if (!fnExpr) return undefined;
      const args = site.args();
      return functionMethodCall(it, site, { fnExpr, name, operands: 1, targets: args[0] ?? [] });
    }
    return functionMethodCall(it, site, { fnExpr: callee.expression, name: name as 'bind' | 'call' | 'apply', operands: 0, targets: receiver });
  },
};

/**
 * A call of `Function.prototype`'s `bind` / `call` / `apply` on the function `fnExpr` denotes:
 * `targets` are its values; its `this` and arguments are written from argument `operands` on
 * (0 for `f.call(obj, a)`, 1 for `Reflect.apply(f, obj, [a])`).
 */
interface FunctionMethod {
  readonly fnExpr: ts.Expression;
  readonly name: 'bind' | 'call' | 'apply';
  readonly operands: number;
  readonly targets: readonly AbstractValue[];
}

/**
 * `f.bind(...)`, `f.call(...)`, `f.apply(...)` on a function bindsafe knows (a function value, or a
 * declaration with a body, or a built-in method): the bound function, or the call's result.
 * `undefined`: not such a call.
 */
function functionMethodCall(it: Interpreter, site: CallSite, m: FunctionMethod): AbstractValue[] | undefined {
  const { call } = site;
  const { fnExpr, name } = m;
  const targets = m.targets.filter((v) => v.kind === 'closure');
  const fns = targets.flatMap((t) => (t.fn ? [t.fn] : []));
  const declared = fns.length === 0 ? declaredFunction(it, fnExpr) : undefined;
  if (declared) fns.push(declared);
  if (fns.length === 0 && targets.length === 0) {
    // `Array.prototype.push.call(list, x)`: the built-in method called on `list` (`list.push(x)`).
    if (name !== 'bind') return builtinMethodCall(it, site, m);
    // `obj.method.bind(obj, a)` of a function bindsafe has no body for (a model method): the bound
    // function still holds its receiver and arguments, wherever it is kept or handed.
    if (m.operands > 0 || !it.ts.isPropertyAccessExpression(skipParens(it.ts, fnExpr))) return undefined;
    return boundFunction(call, [], [], site.args());
  }
  const args = site.args().slice(m.operands);
  const argumentNodes = call.arguments.slice(m.operands);
  if (name === 'bind') return boundFunction(call, targets, fns, args);
  return union(
    ...fns.map((fn) => {
      const { thisValues, args: callArgs } = callArguments(name, fn, args, (v) => it.elementsOf(v));
      const local = fn !== declared || it.frames.some((f) => !it.ts.isSourceFile(f.fn) && within(fn, f.fn));
      if (local) return invokeInline(it, fn, callArgs, { thisValues });
      const argNodes = name === 'call' ? argumentNodes.slice(1) : fn.parameters.map(() => argumentNodes[1]);
      return applySummary(it, getSummary(it.ctx, fn, it.semantics), fn, call, thisValues, site.callee, callArgs, fn.name?.getText() ?? 'the function', {
        receiver: argumentNodes[0],
        args: argNodes,
      });
    }),
  );
}

/**
 * A built-in method (declared without a body: `Array.prototype.push`, `Map.prototype.set`,
 * `[].push`, `list.push`) called through `call` / `apply`: the language calls it with the first
 * operand as its receiver, so it is that call (calls.ts's built-ins): `Array.prototype.push.call(list, x)`
 * is `list.push(x)`, `Reflect.apply(Set.prototype.add, set, [x])` is `set.add(x)`.
 */
function builtinMethodCall(it: Interpreter, site: CallSite, m: FunctionMethod): AbstractValue[] | undefined {
  const tsm = it.ts;
  const method = skipParens(tsm, m.fnExpr);
  const nameNode = tsm.isPropertyAccessExpression(method)
    ? method.name
    : tsm.isElementAccessExpression(method) && tsm.isStringLiteral(method.argumentExpression)
      ? method.argumentExpression
      : undefined;
  if (!nameNode) return undefined;
  const decls = it.ctx.symbolAt(nameNode)?.declarations ?? [];
  if (decls.length === 0 || !decls.every((d) => it.ctx.isExternalDeclaration(d) && !it.ctx.isModelDeclaration(d))) return undefined;
  const receiverNode = site.call.arguments[m.operands];
  if (!receiverNode) return undefined;
  const all = site.args();
  const thisValues = [...(all[m.operands] ?? [])];
  const rest = all.slice(m.operands + 1);
  const restNodes = site.call.arguments.slice(m.operands + 1);
  // Which element of `apply`'s array lands in which parameter is not known: one list of all of them.
  const args = m.name === 'call' ? rest.map((a) => [...a]) : [it.elementsOf([...(rest[0] ?? [])])];
  const argNodes = m.name === 'call' ? restNodes : restNodes.slice(0, 1);
  const name = nameNode.text;
  const methodSite: CallSite = { call: site.call, callee: method, name, nameNode, receiver: thisValues, calleeValues: [], args: () => args };
  return builtinCall(it, methodSite, thisValues, args, { receiver: receiverNode, args: argNodes });
}

/** Whether `expr` is the global `Reflect` (not a local of that name). */
function isReflect(it: Interpreter, expr: ts.Expression): boolean {
  const e = skipParens(it.ts, expr);
  if (!it.ts.isIdentifier(e) || e.text !== 'Reflect') return false;
  const decls = it.ctx.symbolAt(e)?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => it.ctx.isExternalDeclaration(d));
}

/** The function with a body that `expr` names (`report`, `this.poll`), if any. */
function declaredFunction(it: Interpreter, expr: ts.Expression): ts.FunctionLikeDeclaration | undefined {
  const tsm = it.ts;
  const inner = skipParens(tsm, expr);
  const nameNode = tsm.isIdentifier(inner) ? inner : tsm.isPropertyAccessExpression(inner) ? inner.name : undefined;
  if (!nameNode) return undefined;
  for (const d of it.ctx.symbolAt(nameNode)?.declarations ?? []) {
    const fn = functionOf(it, d);
    if (fn?.body && !it.ctx.isExternalDeclaration(fn) && !it.ctx.isModelDeclaration(fn)) return fn;
  }
  return undefined;
}
