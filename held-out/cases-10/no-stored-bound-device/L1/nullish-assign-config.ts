// A PCI thermal driver fills a module-level config slot with ??= on first probe.
import type { device, pci } from '@bindsafe/kernel';
const config: { sensorBar?: pci.Bar; limit: number } = { limit: 90 };
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-therm-nullish',
  idTable: [{ vendor: 0x1af4, device: 0x1080 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-therm-nullish').access(pdev.asRef());
    config.sensorBar ??= bar; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
