// A PCI Wi-Fi driver records its Device<Core> on an imported module-level telemetry singleton.
import type { pci } from '@bindsafe/kernel';
import { telemetry } from './telemetry.js';

export const driver: pci.Driver<{ readonly band: '2g' | '5g' }> = {
  name: 'held9-wifi-telemetry',
  idTable: [{ vendor: 0x14c3, device: 0x0616 }],
  probe(pdev) {
    telemetry.record(pdev); // expect: bindsafe/no-stored-bound-device
    return { band: pdev.revision > 1 ? '5g' : '2g' };
  },
};
