// A PCI multi-queue NIC logs each queue's stop from nested callbacks; the outermost statement's comment covers them. [class 7]
import type { pci } from '@bindsafe/kernel';

export class MqData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly queues: ReadonlyMap<string, readonly number[]>,
  ) {}

  [Symbol.dispose](): void {
    const handle = this.pdev.asRef();
    // SAFETY: the NIC is bound while its data is dropped; the callbacks run synchronously here.
    this.queues.forEach((ids, kind) => {
      ids.forEach((id) => {
        handle.unsafeAsBound().info(`${kind} queue ${id} stopped`);
      });
    });
  }
}
