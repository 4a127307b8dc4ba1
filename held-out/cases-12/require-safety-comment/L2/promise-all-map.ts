// A PCI multi-queue NIC drains each queue in parallel on teardown; the async map callback asserts the binding unjustified. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export class MqData implements AsyncDisposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
    readonly queues: readonly number[],
  ) {}

  async [Symbol.asyncDispose](): Promise<void> {
    const handle = this.pdev.asRef();
    await Promise.all(
      this.queues.map(async (q) => {
        await pause(1);
        this.regs.access(handle.unsafeAsBound()).write32(0, 0x400 + q * 4); // expect: bindsafe/require-safety-comment
      }),
    );
  }
}
