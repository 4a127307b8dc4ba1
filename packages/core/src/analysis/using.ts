import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * The `using` / `await using` declaration initialised by `node` (through parentheses, `!`, `as`
 * and `await`), or `undefined` when `node` does not initialise such a declaration.
 */
export function usingDeclarationOf(tsm: TsModule, node: ts.Node): ts.VariableDeclaration | undefined {
  let n: ts.Node = node;
  while (
    tsm.isParenthesizedExpression(n.parent) ||
    tsm.isNonNullExpression(n.parent) ||
    tsm.isAsExpression(n.parent) ||
    tsm.isAwaitExpression(n.parent)
  ) {
    n = n.parent;
  }
  const decl = n.parent;
  if (!tsm.isVariableDeclaration(decl) || decl.initializer !== n) return undefined;
  const list = decl.parent;
  if (!tsm.isVariableDeclarationList(list) || (list.flags & tsm.NodeFlags.Using) === 0) return undefined;
  return decl;
}

/** Whether `decl` (a `using` declaration) is an `await using` one. */
export function isAwaitUsing(tsm: TsModule, decl: ts.VariableDeclaration): boolean {
  const list = decl.parent;
  return tsm.isVariableDeclarationList(list) && (list.flags & tsm.NodeFlags.AwaitUsing) === tsm.NodeFlags.AwaitUsing;
}

/**
 * The block a `using` / `await using` declaration initialised by `node` lives in (its disposal
 * point), or `undefined` when `node` does not initialise such a declaration.
 */
export function usingBlockOf(tsm: TsModule, node: ts.Node): ts.Node | undefined {
  return usingDeclarationOf(tsm, node)?.parent.parent.parent;
}
