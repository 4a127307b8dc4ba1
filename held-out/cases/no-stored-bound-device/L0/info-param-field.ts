// probe stores the device into its id-table entry's info object, shared by every binding.
import type { device, pci } from '@bindsafe/kernel';

interface BoardInfo {
  readonly board: string;
  owner?: pci.Device<device.Bound>;
}

const boardA: BoardInfo = { board: 'A' };

export const driver: pci.Driver<{ readonly board: string }, BoardInfo> = {
  name: 'held-info',
  idTable: [{ vendor: 0x10ec, device: 0x8168, info: boardA }],
  probe(pdev, info) {
    if (info) info.owner = pdev; // expect: bindsafe/no-stored-bound-device
    return { board: info?.board ?? 'unknown' };
  },
};
