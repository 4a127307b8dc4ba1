// A PCI NIC publishes its BAR through an `export namespace Diag` state slot that ethtool-style helpers read.
import type { devres, pci } from '@bindsafe/kernel';

export namespace Diag {
  export let bar: pci.Bar | undefined;
  export let probedAt = 0;

  export function linkStatus(): number | undefined {
    return bar?.read32(0x0008);
  }
}

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'held-nic-diag',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held-nic-diag');
    Diag.bar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    Diag.probedAt = Date.now();
    return { regs };
  },
};
