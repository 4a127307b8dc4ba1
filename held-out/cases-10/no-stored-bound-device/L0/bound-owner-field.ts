// A PCI watchdog keeps its probe device in a data field declared Device<Bound>.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly owner: pci.Device<device.Bound>; readonly bar: pci.Bar }> = {
  name: 'h10-wdt-bound',
  idTable: [{ vendor: 0x1af4, device: 0x1021 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-wdt-bound').access(pdev.asRef());

    return { owner: pdev, bar };
  },
};
