import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * The block a `using` / `await using` declaration initialised by `node` lives in (its disposal
 * point), or `undefined` when `node` does not initialise such a declaration.
 */
export function usingBlockOf(tsm: TsModule, node: ts.Node): ts.Node | undefined {
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
  const statement = list.parent;
  return statement.parent;
}
