import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * Visits `root` and its descendants in source order without recursion, so that code nested
 * thousands deep cannot overflow the stack. Returning `false` from `visit` skips a node's children.
 */
export function walk(tsm: TsModule, root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  // Invariant: `stack` holds the nodes still to visit, the next one last. A node's children are
  // pushed as `forEachChild` gives them (in source order), then that run is reversed in place, so
  // the first child is visited next. One callback for the whole walk: nothing is allocated per node.
  const stack: ts.Node[] = [root];
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    if (visit(node) === false) continue;
    const first = stack.length;
    tsm.forEachChild(node, push);
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      const child = stack[i] as ts.Node;
      stack[i] = stack[j] as ts.Node;
      stack[j] = child;
    }
  }
}
