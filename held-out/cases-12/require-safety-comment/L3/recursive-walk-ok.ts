// A platform bus bridge walks its child tree recursively on shutdown; the recursive helper justifies its assumption. [class 3]
import type { platform } from '@bindsafe/kernel';

interface Node {
  readonly dev: platform.Device;
  readonly children: readonly Node[];
}

function quiesceTree(node: Node, depth = 0): number {
  // SAFETY: children are unbound after their parent bridge, which is bound while its data drops.
  node.dev.asRef().unsafeAsBound().info(`${'  '.repeat(depth)}quiesce`);
  return node.children.reduce((n, child) => n + quiesceTree(child, depth + 1), 1);
}

export class BridgeData implements Disposable {
  constructor(readonly root: Node) {}

  [Symbol.dispose](): void {
    const count = quiesceTree(this.root);
    console.log(`bridge: ${count} devices quiesced`);
  }
}
