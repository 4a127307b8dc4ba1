// A platform bus bridge walks its child tree recursively on shutdown; the recursive helper asserts the binding unjustified. [class 3]
import type { platform } from '@bindsafe/kernel';

interface Node {
  readonly dev: platform.Device;
  readonly children: readonly Node[];
}

function quiesceTree(node: Node, depth = 0): number {
  node.dev.asRef().unsafeAsBound().info(`${'  '.repeat(depth)}quiesce`); // expect: bindsafe/require-safety-comment
  return node.children.reduce((n, child) => n + quiesceTree(child, depth + 1), 1);
}

export class BridgeData implements Disposable {
  constructor(readonly root: Node) {}

  [Symbol.dispose](): void {
    const count = quiesceTree(this.root);
    console.log(`bridge: ${count} devices quiesced`);
  }
}
