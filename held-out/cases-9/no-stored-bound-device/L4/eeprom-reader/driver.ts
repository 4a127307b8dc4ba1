// A PCI Ethernet driver reads its MAC address through an imported helper that uses the Bar only during the call.
import type { pci } from '@bindsafe/kernel';
import { readMac } from './eeprom.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly mac: string }> = {
  name: 'held9-eth-mac',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'e1000').access(pdev.asRef());
    return { bar, mac: readMac(bar) };
  },
};
