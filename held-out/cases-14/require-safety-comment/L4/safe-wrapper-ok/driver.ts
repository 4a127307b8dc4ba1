// A PCI audio DSP calls a safe wrapper from another module: no comment is needed at the call. [class 3]
import type { pci } from '@bindsafe/kernel';
import { teardownName } from './names.js';

export class DspData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly streams: readonly string[] = []) {}

  [Symbol.dispose](): void {
    const who = teardownName(this.pdev.asRef());
    this.pdev.asRef().toNormal().info(`${who}: ${this.streams.length ? this.streams.join('+') : 'idle'}`);
  }
}
