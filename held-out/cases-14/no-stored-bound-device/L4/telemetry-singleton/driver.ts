// A PCI switch port hands its BAR to the module-wide telemetry singleton (a default export) for error sampling. [class 6]
import type { pci } from '@bindsafe/kernel';
import telemetry from './telemetry.js';

interface PortData {
  readonly bar: pci.Bar;
}

export const port_driver: pci.Driver<PortData> = {
  name: 'pcie_port',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'pcie_port').access(pdev.asRef());
    telemetry.track(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
