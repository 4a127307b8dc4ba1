// A PCI NIC puts a SAFETY comment above enableDeviceMem(), which is not an unsafe API: the comment is above nothing unsafe.
import type { devres, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held8-nic-safety-safe',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    // SAFETY: memory decoding must be on before the BAR is mapped. // expect: bindsafe/require-safety-comment
    pdev.enableDeviceMem();
    pdev.setMaster();
    return { regs: pdev.iomapRegion(0, 'nic') };
  },
};
