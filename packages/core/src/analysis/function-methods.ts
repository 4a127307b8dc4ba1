import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
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
    return functionMethodCall(it, site, callee, name as 'bind' | 'call' | 'apply', receiver);
  },
};

/**
 * `f.bind(...)`, `f.call(...)`, `f.apply(...)` on a function bindsafe knows (a function value, or a
 * declaration with a body): the bound function, or the call's result. `undefined`: not such a call.
 */
function functionMethodCall(
  it: Interpreter,
  site: CallSite,
  callee: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  name: 'bind' | 'call' | 'apply',
  receiver: readonly AbstractValue[],
): AbstractValue[] | undefined {
  const { call } = site;
  const targets = receiver.filter((v) => v.kind === 'closure');
  const fns = targets.flatMap((t) => (t.fn ? [t.fn] : []));
  const declared = fns.length === 0 ? declaredFunction(it, callee.expression) : undefined;
  if (declared) fns.push(declared);
  if (fns.length === 0 && targets.length === 0) {
    // `obj.method.bind(obj, a)` of a function bindsafe has no body for (a model method): the bound
    // function still holds its receiver and arguments, wherever it is kept or handed.
    if (name !== 'bind' || !it.ts.isPropertyAccessExpression(skipParens(it.ts, callee.expression))) return undefined;
    return boundFunction(call, [], [], site.args());
  }
  const args = site.args();
  if (name === 'bind') return boundFunction(call, targets, fns, args);
  return union(
    ...fns.map((fn) => {
      const { thisValues, args: callArgs } = callArguments(name, fn, args, (v) => it.elementsOf(v));
      const local = fn !== declared || it.frames.some((f) => !it.ts.isSourceFile(f.fn) && within(fn, f.fn));
      if (local) return invokeInline(it, fn, callArgs, { thisValues });
      const argNodes = name === 'call' ? call.arguments.slice(1) : fn.parameters.map(() => call.arguments[1]);
      return applySummary(it, getSummary(it.ctx, fn, it.semantics), fn, call, thisValues, callee, callArgs, fn.name?.getText() ?? 'the function', {
        receiver: call.arguments[0],
        args: argNodes,
      });
    }),
  );
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
