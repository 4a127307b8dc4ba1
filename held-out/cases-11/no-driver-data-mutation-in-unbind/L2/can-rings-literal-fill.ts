// A PCI CAN controller puts both mailbox arrays of its data in an array literal and fills each from a callback. [class 7]
import type { device, pci } from '@bindsafe/kernel';

interface CanData {
  readonly rxBoxes: number[];
  readonly txBoxes: number[];
}

export const canDriver: pci.Driver<CanData> = {
  name: 'h11-can',
  idTable: [{ vendor: 0x13fe, device: 0x00c3 }],

  probe(): CanData {
    return { rxBoxes: [1, 2, 3], txBoxes: [4, 5] };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<CanData>): void {
    [data.rxBoxes, data.txBoxes].forEach((boxes) => boxes.fill(0)); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info('can: mailboxes zeroed');
  },
};
