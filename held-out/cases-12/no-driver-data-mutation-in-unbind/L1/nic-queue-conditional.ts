// A PCI NIC picks its TX or RX backlog with a conditional expression and empties it in unbind. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

enum Direction {
  Tx = 'tx',
  Rx = 'rx',
}

interface Backlog {
  readonly dir: Direction;
  readonly frames: Set<number>;
}

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly tx: Backlog;
  readonly rx: Backlog;
  readonly txOnly: boolean;
}

export const igbDriver: pci.Driver<NicData, boolean> = {
  name: 'igb-lite',
  idTable: [
    { vendor: 0x8086, device: 0x1533, info: false },
    { vendor: 0x8086, device: 0x1539, info: true },
  ],
  probe(pdev, txOnly = false) {
    const regs = pdev.iomapRegion(0, 'igb-lite');
    return {
      regs,
      tx: { dir: Direction.Tx, frames: new Set<number>() },
      rx: { dir: Direction.Rx, frames: new Set<number>() },
      txOnly,
    };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0100);
    const backlog = data.txOnly ? data.tx : data.rx;
    if (backlog.frames.size) {
      pdev.asRef().info(`igb-lite: dropping ${backlog.frames.size} ${backlog.dir} frames`);
      backlog.frames.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
