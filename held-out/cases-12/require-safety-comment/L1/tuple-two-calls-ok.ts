// A PCI bridge pairs its upstream and downstream ports; one comment covers both unsafe calls of the statement. [class 6]
import type { pci } from '@bindsafe/kernel';

export class BridgeData implements Disposable {
  constructor(
    readonly up: pci.Device,
    readonly down: pci.Device,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: both ports belong to this bridge's binding, which lasts until its data is dropped.
    const [upstream, downstream] = [this.up.asRef().unsafeAsBound(), this.down.asRef().unsafeAsBound()] as const;
    upstream.info('bridge down');
    downstream.info('link down');
  }
}
