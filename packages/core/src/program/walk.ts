import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * Visits `root` and its descendants in source order without recursion, so that code nested
 * thousands deep cannot overflow the stack. Returning `false` from `visit` skips a node's children.
 */
export function walk(tsm: TsModule, root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    if (visit(node) === false) continue;
    children.length = 0;
    tsm.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ts.Node);
  }
}
