import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { nullCheckedChecker } from '../program/null-checked-view.js';
import type { Interpreter } from './interpreter.js';
import type { AbstractValue } from './values.js';

/**
 * `unbindGuard()` returns `undefined` once the device is unplugged. A non-null assertion or a
 * cast that drops `undefined` from a value that may be a guard assumes it never is. Types are read
 * as the model declares them (`UnbindGuard | undefined`) even under `strictNullChecks: false`,
 * where the program's own checker drops the `| undefined` (see `nullCheckedChecker`).
 */
export function checkUncheckedGuard(
  it: Interpreter,
  node: ts.AsExpression | ts.NonNullExpression | ts.TypeAssertion,
  inner: readonly AbstractValue[],
): void {
  if (!inner.some((v) => v.kind === 'guard')) return;
  const tsm = it.ts;
  const checker = nullCheckedChecker(tsm, it.ctx.program);
  const operandType = checker.getTypeAtLocation(node.expression);
  if (!mayBeUndefined(tsm, operandType)) return;
  if (tsm.isNonNullExpression(node)) {
    it.emit({ type: 'uncheckedGuard', at: node, how: 'the non-null assertion `!`' });
    return;
  }
  const asserted = checker.getTypeAtLocation(node);
  if (asserted.flags & tsm.TypeFlags.Any || !mayBeUndefined(tsm, asserted)) {
    it.emit({ type: 'uncheckedGuard', at: node, how: `the cast to \`${node.type.getText()}\`` });
  }
}

function mayBeUndefined(tsm: TsModule, type: ts.Type): boolean {
  if (type.flags & (tsm.TypeFlags.Undefined | tsm.TypeFlags.Void)) return true;
  return type.isUnion() && type.types.some((t) => (t.flags & (tsm.TypeFlags.Undefined | tsm.TypeFlags.Void)) !== 0);
}

/** Whether a call's result is thrown away: an expression statement, `void`, or a comma operand. */
export function isDiscarded(tsm: TsModule, call: ts.Node): boolean {
  let n: ts.Node = call;
  while (tsm.isParenthesizedExpression(n.parent) || tsm.isAwaitExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (tsm.isExpressionStatement(p) || tsm.isVoidExpression(p)) return true;
  return tsm.isBinaryExpression(p) && p.operatorToken.kind === tsm.SyntaxKind.CommaToken && p.left === n;
}
