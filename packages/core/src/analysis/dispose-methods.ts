import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { within, type Interpreter } from './interpreter.js';

/**
 * The dispose methods of the analysed code: which `[Symbol.dispose]()` (or
 * `[Symbol.asyncDispose]()`) a value of a given type runs when it is disposed, and whether what
 * that method does can be judged by its own summary (disposal.ts, summary-apply.ts).
 */

/**
 * The `[Symbol.dispose]()` method (for an asynchronous disposal, `[Symbol.asyncDispose]()` first)
 * that values of the type of `node` have, declared with a body in the analysed code.
 */
export function disposeMethodOf(it: Interpreter, node: ts.Node, async: boolean): ts.MethodDeclaration | undefined {
  const tsm = it.ts;
  const ctx = it.ctx;
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node));
  const properties = ctx.checker.getPropertiesOfType(type).filter((p) => String(p.escapedName).startsWith('__@'));
  for (const wanted of async ? ['asyncDispose', 'dispose'] : ['dispose']) {
    for (const p of properties) {
      for (const d of p.declarations ?? []) {
        if (!tsm.isMethodDeclaration(d) || !d.body || !tsm.isComputedPropertyName(d.name)) continue;
        if (!isDisposeSymbol(tsm, d.name.expression, wanted)) continue;
        if (ctx.isExternalDeclaration(d) || ctx.isModelDeclaration(d)) continue;
        return d;
      }
    }
  }
  return undefined;
}

/**
 * Whether disposing a value of the type of `node` runs a dispose method of the analysed code that
 * reaches what the value holds only through `this` and module-level names: its summary then says
 * which of the value's fields it drops. A method written inside a function that uses that
 * function's locals (`{ child, [Symbol.dispose]() { void child.drop(); } }` made by a helper)
 * may drop what it captures instead, which a summary does not follow, so it is not one.
 */
export function disposesThroughThis(it: Interpreter, node: ts.Node, async: boolean): boolean {
  const fn = disposeMethodOf(it, node, async);
  return fn !== undefined && !capturesLocals(it, fn);
}

/** Whether `fn`'s body names a declaration of a function that encloses `fn`. */
function capturesLocals(it: Interpreter, fn: ts.FunctionLikeDeclaration): boolean {
  const tsm = it.ts;
  const enclosing: ts.Node[] = [];
  for (let n: ts.Node | undefined = fn.parent; n; n = n.parent) if (tsm.isFunctionLike(n)) enclosing.push(n);
  if (enclosing.length === 0 || !fn.body) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (tsm.isIdentifier(n)) {
      const decl = it.ctx.symbolAt(n)?.valueDeclaration;
      if (decl && !within(decl, fn) && enclosing.some((e) => within(decl, e))) found = true;
      return;
    }
    tsm.forEachChild(n, visit);
  };
  visit(fn.body);
  return found;
}

/** `Symbol.dispose` / `Symbol.asyncDispose` (only `Symbol.<name>`, when `name` is given). */
export function isDisposeSymbol(tsm: TsModule, e: ts.Expression, name?: string): boolean {
  return (
    tsm.isPropertyAccessExpression(e) &&
    tsm.isIdentifier(e.expression) &&
    e.expression.text === 'Symbol' &&
    (name === undefined ? e.name.text === 'dispose' || e.name.text === 'asyncDispose' : e.name.text === name)
  );
}
