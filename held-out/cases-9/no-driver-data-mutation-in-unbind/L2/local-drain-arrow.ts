// A PCI serial driver drains the byte queue its data holds through a local arrow called in a while loop.
import type { pci } from '@bindsafe/kernel';

interface TtyData {
  readonly txQueue: number[];
}

export const ttyDriver: pci.Driver<TtyData> = {
  name: 'h9-tty',
  idTable: [{ vendor: 0x1415, device: 0xc208 }],
  probe() {
    return { txQueue: [0x41, 0x42] };
  },
  unbind(pdev, data) {
    const next = () => data.txQueue.shift(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    let byte: number | undefined;
    let lost = 0;
    while ((byte = next()) !== undefined) lost += byte > 0 ? 1 : 0;
    pdev.asRef().info(`lost ${lost} bytes`);
  },
};
