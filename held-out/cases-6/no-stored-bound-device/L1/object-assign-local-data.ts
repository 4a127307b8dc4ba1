// A watchdog driver fills a local partial with Object.assign and returns it as the driver data.
import type { device, pci } from '@bindsafe/kernel';

interface WdtData {
  owner: device.Device<device.Bound>;
  regs: pci.Bar;
  timeoutMs: number;
}

export const driver: pci.Driver<WdtData> = {
  name: 'held-wdt',
  idTable: [{ vendor: 0x10ee, device: 0x7021 }],
  probe(pdev) {
    const base: Pick<WdtData, 'timeoutMs'> = { timeoutMs: 30_000 };
    const regs = pdev.iomapRegion(0, 'wdt').access(pdev.asRef());
    const data = Object.assign(base, { owner: pdev.asRef(), regs });
    regs.write32(data.timeoutMs, 0x04);
    return data;
  },
};
