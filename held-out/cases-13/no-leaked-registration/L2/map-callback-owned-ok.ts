// Channel children are made by a map callback and the mapped array is the driver data's. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CHANNELS = ['ttyA', 'ttyB', 'ttyC'] as const;

export const uartDriver: pci.Driver<{ readonly ports: readonly auxiliary.Registration[] }> = {
  name: 'multi-uart',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const ports = CHANNELS.map((channel, index) => auxiliary.Registration.new(dev, channel, index, 'uart'));
    return { ports };
  },
};
