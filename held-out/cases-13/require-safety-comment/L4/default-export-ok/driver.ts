// A PCI video decoder halts its engine in the driver data's destructor through a default-exported @unsafe helper, justified. [class 1]
import type { devres, pci } from '@bindsafe/kernel';
import halt from './hal/stop-engine.js';

export class DecoderData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    try {
      // SAFETY: the driver data is dropped during unbind, before the device is unbound.
      halt(this.pdev.asRef(), this.regs);
    } finally {
      console.log(`${this.pdev.name}: decoder stopped`);
    }
  }
}

export const decoderDriver: pci.Driver<DecoderData> = {
  name: 'vdec',
  idTable: [{ vendor: 0x1002, device: 0x7310 }],
  probe(pdev) {
    return new DecoderData(pdev.toNormal(), pdev.iomapRegion(0, 'vdec'));
  },
};
