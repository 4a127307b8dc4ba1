// A PCI capture card calls an @unsafe helper re-exported under a new name by a barrel, without a SAFETY comment. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';
import { poke } from './lib/index.js';

interface CapData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

export const capDriver: pci.Driver<CapData> = {
  name: 'h9-capture',
  idTable: [{ vendor: 0x14f1, device: 0x8880 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'cap') };
  },
  unbind(_pdev, data) {
    poke(data.handle, data.regs, 0, 0x10); // expect: bindsafe/require-safety-comment
  },
};
