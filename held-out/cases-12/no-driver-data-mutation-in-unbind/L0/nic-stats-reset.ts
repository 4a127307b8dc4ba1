// A PCI NIC counts its resets in the driver data and bumps the counter again while unbinding. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

const enum NicReg {
  Ctrl = 0x00,
  IntMask = 0x0c,
}

interface NicStats {
  resets: number;
  rxDropped: number;
}

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: NicStats;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'e1000-lite',
  idTable: [{ vendor: 0x8086, device: 0x100e }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'e1000-lite/bar0');
    regs.access(pdev.asRef()).write32(1, NicReg.Ctrl);
    return { regs, stats: { resets: 1, rxDropped: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0xffff_ffff, NicReg.IntMask);
    data.stats.resets++; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`e1000-lite: ${data.stats.rxDropped} frames dropped`);
  },
};
