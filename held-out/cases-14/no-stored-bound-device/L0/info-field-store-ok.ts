// A PCI NIC family reads per-board quirks from its id table entries and keeps the BAR in its own data. [class 6]
import type { pci } from '@bindsafe/kernel';

interface BoardInfo {
  readonly rev: number;
  readonly ctrl_off: number;
}

interface NicData {
  readonly mmio: pci.Bar;
  readonly rev: number;
}

const BOARD_A: BoardInfo = { rev: 1, ctrl_off: 0x00 };
const BOARD_B: BoardInfo = { rev: 2, ctrl_off: 0x10 };

export const nic_driver: pci.Driver<NicData, BoardInfo> = {
  name: 'nic_pci',
  idTable: [
    { vendor: 0x8086, device: 0x100e, info: BOARD_A },
    { vendor: 0x8086, device: 0x10d3, info: BOARD_B },
  ],
  probe(pdev, info) {
    const board = info ?? BOARD_A;
    const mmio = pdev.iomapRegion(0, 'nic').access(pdev.asRef());
    mmio.write32(1, board.ctrl_off);
    return { mmio, rev: board.rev };
  },
};
