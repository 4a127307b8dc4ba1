// A PCI Thunderbolt-like driver resets its data's error counters with a helper imported through a barrel.
import type { device, pci } from '@bindsafe/kernel';
import { clearCounters, type ErrorCounters } from './lib/index.js';

interface TbtData {
  readonly counters: ErrorCounters;
}

export const tbtDriver: pci.Driver<TbtData> = {
  name: 'h8-tbt',
  idTable: [{ vendor: 0x8086, device: 0x9a1b }],
  probe(_pdev: pci.Device<device.Core>): TbtData {
    return { counters: { crc: 0, timeouts: 0 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`h8-tbt: ${data.counters.crc} CRC errors`);
    clearCounters(data.counters); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
