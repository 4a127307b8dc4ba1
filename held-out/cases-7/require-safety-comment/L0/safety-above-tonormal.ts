// A PCI sound card puts a SAFETY comment above a plain toNormal() call, which is safe: the comment justifies nothing.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device; readonly bar: pci.Bar }> = {
  name: 'held-sound-safety-tonormal',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'snd').access(pdev.asRef());
    // SAFETY: the handle may outlive the binding, it proves nothing about it. // expect: bindsafe/require-safety-comment
    const handle = pdev.asRef().toNormal();
    return { handle, bar };
  },
};
