// A PCI NIC reads its reset counter in unbind and reports it; the counter itself is only changed in probe. [class 4]
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
    const stats: NicStats = { resets: 0, rxDropped: 0 };
    regs.access(pdev.asRef()).write32(1, NicReg.Ctrl);
    stats.resets++;
    return { regs, stats };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0xffff_ffff, NicReg.IntMask);
    const total = data.stats.resets + 1;
    pdev.asRef().info(`e1000-lite: unbinding after ${total} resets, ${data.stats.rxDropped} frames dropped`);
  },
};
