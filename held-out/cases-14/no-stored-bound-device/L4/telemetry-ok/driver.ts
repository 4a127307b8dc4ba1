// A PCI switch port hands its BAR to a telemetry tracker it creates in probe and keeps in its driver data. [class 4]
import type { pci } from '@bindsafe/kernel';
import Telemetry from './telemetry.js';

interface PortData {
  readonly bar: pci.Bar;
  readonly telemetry: Telemetry;
}

export const port_driver: pci.Driver<PortData> = {
  name: 'pcie_port',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'pcie_port').access(pdev.asRef());
    const telemetry = new Telemetry();
    telemetry.track(bar);
    return { bar, telemetry };
  },
};
