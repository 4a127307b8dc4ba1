// A PCI DMA controller destructures an @unsafe method from an imported ops object and calls it under a block SAFETY comment. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';
import { dmaOps } from './ops.js';

interface DmacData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

const { abort: abortChannel } = dmaOps;

export const dmacDriver: pci.Driver<DmacData> = {
  name: 'h9-dmac',
  idTable: [{ vendor: 0x8086, device: 0x0b25 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'dmac') };
  },
  unbind(_pdev, data) {
    /* SAFETY: unbind runs before the core unbinds the device. */
    abortChannel(data.handle, data.regs);
  },
};
