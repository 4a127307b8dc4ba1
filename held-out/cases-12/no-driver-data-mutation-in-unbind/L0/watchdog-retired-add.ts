// A PCI watchdog records device names that were unbound into a Set the driver data holds. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

const WDT_CTRL = 0x0;

interface WatchdogData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly timeoutSecs: number;
  readonly retired: Set<string>;
}

function makeData(regs: devres.Devres<pci.Bar>, timeoutSecs = 30): WatchdogData {
  return { regs, timeoutSecs, retired: new Set() };
}

export const watchdogDriver: pci.Driver<WatchdogData, number> = {
  name: 'i6300esb-lite',
  idTable: [{ vendor: 0x8086, device: 0x25ab, info: 60 }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'i6300esb-lite');
    regs.access(pdev.asRef()).write32(1, WDT_CTRL);
    return makeData(regs, info);
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, WDT_CTRL);
    data.retired.add(pdev.asRef().name); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
