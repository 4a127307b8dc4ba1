// A PCI GPU tracks its Device<Core> in an imported module-level telemetry object whose method stores into a #private Set.
import type { device, pci } from '@bindsafe/kernel';
import { telemetry } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-telemetry-singleton',
  idTable: [{ vendor: 0x1af4, device: 0x1065 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-telemetry-singleton').access(pdev.asRef());
    telemetry.track(pdev); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
