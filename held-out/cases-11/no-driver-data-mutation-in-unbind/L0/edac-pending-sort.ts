// A PCI EDAC driver sorts the pending error addresses its data holds, in place, to log them in order.
import type { device, pci } from '@bindsafe/kernel';

interface EdacData {
  readonly pending: number[];
  readonly label: string;
}

export const edacDriver: pci.Driver<EdacData> = {
  name: 'h11-edac',
  idTable: [{ vendor: 0x8086, device: 0x2fd0 }],

  probe(pdev: pci.Device<device.Core>): EdacData {
    pdev.enableDeviceMem();
    return { pending: [0x3000, 0x1000], label: pdev.name };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<EdacData>): void {
    data.pending.sort((a, b) => a - b); // expect: bindsafe/no-driver-data-mutation-in-unbind
    for (const addr of data.pending) pdev.asRef().info(`${data.label}: unreported error at 0x${addr.toString(16)}`);
  },
};
