// A PCI NIC driver remembers the last probed Device<Core> in a module `let`, chosen inside a switch over a board enum.
import type { device, pci } from '@bindsafe/kernel';

enum Board {
  Lite = 1,
  Pro = 2,
}

let lastProbed: pci.Device<device.Core> | undefined;

export const driver: pci.Driver<{ readonly board: Board }, Board> = {
  name: 'held9-nic-switch',
  idTable: [
    { vendor: 0x10ec, device: 0x8125, info: Board.Lite },
    { vendor: 0x10ec, device: 0x8126, info: Board.Pro },
  ],
  probe(pdev, info) {
    const board = info ?? Board.Lite;
    switch (board) {
      case Board.Pro:
        pdev.setMaster();
        lastProbed = pdev; // expect: bindsafe/no-stored-bound-device
        break;
      case Board.Lite:
        pdev.enableDeviceMem();
        break;
    }
    return { board };
  },
};
