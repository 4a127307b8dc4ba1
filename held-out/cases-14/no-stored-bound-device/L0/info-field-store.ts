// A PCI NIC family keeps per-board quirk state in its id table entries, and probe writes the BAR back into it. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface BoardInfo {
  readonly rev: number;
  mmio?: pci.Bar;
}

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly rev: number;
}

const BOARD_A: BoardInfo = { rev: 1 };
const BOARD_B: BoardInfo = { rev: 2 };

export const nic_driver: pci.Driver<NicData, BoardInfo> = {
  name: 'nic_pci',
  idTable: [
    { vendor: 0x8086, device: 0x100e, info: BOARD_A },
    { vendor: 0x8086, device: 0x10d3, info: BOARD_B },
  ],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'nic');
    if (info === undefined) return { regs, rev: 0 };
    info.mmio = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs, rev: info.rev };
  },
};
