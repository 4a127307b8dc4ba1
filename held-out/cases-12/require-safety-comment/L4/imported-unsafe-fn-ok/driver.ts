// A PCI video encoder halts its engine through an imported @unsafe helper, justified at the call. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { haltEngine } from './regs.js';

export class EncoderData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    haltEngine(this.pdev.asRef(), this.regs);
  }
}

export const encoderDriver: pci.Driver<EncoderData> = {
  name: 'held-venc',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new EncoderData(pdev.toNormal(), pdev.iomapRegion(0, 'held-venc'));
  },
};
