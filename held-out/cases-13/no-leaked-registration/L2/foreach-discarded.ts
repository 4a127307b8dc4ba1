// Each serial channel gets a child inside a forEach callback; the results are thrown away. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CHANNELS = ['ttyA', 'ttyB', 'ttyC'] as const;

export const uartDriver: pci.Driver<{ readonly channels: number }> = {
  name: 'multi-uart',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const dev = pdev.asRef();
    CHANNELS.forEach((channel, index) => {
      auxiliary.Registration.new(dev, channel, index, 'uart'); // expect: bindsafe/no-leaked-registration
    });
    return { channels: CHANNELS.length };
  },
};
