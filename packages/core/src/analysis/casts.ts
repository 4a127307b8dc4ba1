import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { Interpreter } from './interpreter.js';
import { createValue, type AbstractValue } from './values.js';

/**
 * Casts that re-type an unregistered device.
 *
 * The language's rule: a cast (`x as T`, `<T>x`, through `unknown` or `any`, with `satisfies`,
 * `!` and parentheses in between) changes what the checker believes, not the value: a device that
 * is `Uninit` underneath stays unregistered, whatever type the cast gives it. The engine follows
 * values through casts anyway; what it cannot follow (a `drm.Device<D, drm.Uninit>` parameter or
 * field) it recognises by the operand's type, asked only at a cast whose operand holds no device the
 * engine knows: at a registered-only call on a cast, and at a double cast (`as unknown as T`,
 * `<T><unknown>x`), the idiom that forces a type tsc would reject.
 *
 * Invariants: a value made here is an `unregistered` value whose origin is the cast's operand.
 */
export function stripCasts(tsm: TsModule, node: ts.Expression): { readonly operand: ts.Expression; readonly casts: number } {
  let operand = node;
  let casts = 0;
  for (;;) {
    if (tsm.isAsExpression(operand) || tsm.isTypeAssertionExpression(operand)) casts++;
    else if (!tsm.isParenthesizedExpression(operand) && !tsm.isSatisfiesExpression(operand) && !tsm.isNonNullExpression(operand)) break;
    operand = operand.expression;
  }
  return { operand, casts };
}

/** The unregistered device `operand` is by its type (an `UnregisteredDevice`, a `drm.Device` in an unregistered context). */
export function uninitByType(it: Interpreter, operand: ts.Expression): AbstractValue | undefined {
  const ctx = it.ctx;
  const type = ctx.checker.getTypeAtLocation(operand);
  const name = ctx.typeNameOf(type);
  const spec = ctx.model.spec;
  const uninit = name === spec.movableType || (name === 'drm.Device' && spec.unregisteredContexts.includes(ctx.contextNameOf(type, 1) ?? ''));
  if (!uninit) return undefined;
  return createValue({ kind: 'unregistered', origin: operand, description: `\`${operand.getText()}\``, ...(name ? { modelType: name } : {}) });
}

/**
 * The values of a cast expression `node` whose operand evaluated to `inner`: `inner`, plus, for the
 * outermost cast of a double cast over an operand that holds no device the engine knows, the
 * unregistered device the operand's type says it is.
 */
export function castValues(it: Interpreter, node: ts.AsExpression | ts.TypeAssertion, inner: AbstractValue[]): AbstractValue[] {
  // (In a summary the callers judge what they pass.)
  if (it.mode !== 'report' || inner.some((v) => v.kind === 'unregistered' || v.kind === 'registeredDevice')) return inner;
  const tsm = it.ts;
  const parent = node.parent;
  if (tsm.isAsExpression(parent) || tsm.isTypeAssertionExpression(parent) || tsm.isParenthesizedExpression(parent) || tsm.isSatisfiesExpression(parent)) return inner;
  const { operand, casts } = stripCasts(tsm, node);
  if (casts < 2) return inner;
  const value = uninitByType(it, operand);
  return value ? [...inner, value] : inner;
}
