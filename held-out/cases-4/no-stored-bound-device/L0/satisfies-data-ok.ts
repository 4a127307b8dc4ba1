// A driver literal checked with `satisfies`: the Device<Bound> and the Bar live in the driver data, the module keeps only a Normal handle. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface WdtData {
  readonly dev: device.Device<device.Bound>;
  readonly bar: pci.Bar;
  readonly regs: devres.Devres<pci.Bar>;
}

let lastProbed: device.Device | undefined;

export const wdtDriver = {
  name: 'held-wdt',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev: pci.Device<device.Core>): WdtData {
    const regs = pdev.iomapRegion(0, 'held-wdt');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x1000, 0x04);
    lastProbed = pdev.asRef().toNormal();
    return { dev: pdev.asRef(), bar, regs };
  },
  unbind(_pdev: pci.Device<device.Core>, data: Readonly<WdtData>): void {
    data.bar.write32(0, 0x04);
    data.dev.info('watchdog stopped');
  },
} satisfies pci.Driver<WdtData>;

export function lastWatchdogName(): string | undefined {
  return lastProbed?.name;
}
