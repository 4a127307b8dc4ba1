// A PCI NPU's unbind hands its borrowed data, which holds a Bar, to an imported helper that keeps it in a module list.
import type { pci } from '@bindsafe/kernel';
import { retire } from './graveyard.js';

interface NpuData {
  readonly bar: pci.Bar;
  readonly cores: number;
}

export const driver: pci.Driver<NpuData> = {
  name: 'held8-npu-retire',
  idTable: [{ vendor: 0x8086, device: 0x7d1d }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'npu').access(pdev.asRef());
    return { bar, cores: bar.read32(0) & 0x7 };
  },
  unbind(_pdev, data) {
    retire(data); // expect: bindsafe/no-stored-bound-device
  },
};
