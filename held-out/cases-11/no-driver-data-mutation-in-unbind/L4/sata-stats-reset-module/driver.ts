// A PCI SATA class driver resets its link statistics in unbind through a helper from another module.
import type { device, pci } from '@bindsafe/kernel';
import { resetStats, type LinkStats } from './stats.js';

interface SataData {
  readonly ports: number;
  readonly stats: LinkStats;
}

export class SataDriver implements pci.Driver<SataData> {
  readonly name = 'h11-ahci';
  readonly idTable = [{ vendor: 0x1b4b, device: 0x9215 }];

  probe(pdev: pci.Device<device.Core>): SataData {
    pdev.enableDeviceMem();
    return { ports: 4, stats: { crcErrors: 0, retries: 0 } };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<SataData>): void {
    pdev.asRef().info(`ahci: ${data.stats.crcErrors} CRC errors on ${data.ports} ports`);
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
