// Getters of a driver-data class return strings and numbers; storing those is fine. [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

class Board {
  constructor(
    readonly pdev: platform.Device<device.Bound>,
    readonly regs: devres.Devres<platform.IoMem>,
  ) {}
  get label(): string {
    return `${this.pdev.compatible}@${this.pdev.name}`;
  }
  get size(): number {
    return this.regs.access(this.pdev.asRef()).size;
  }
}

export const inventory: string[] = [];

export const driver: platform.Driver<Board> = {
  name: 'held-board',
  idTable: [{ compatible: 'held,board' }],
  probe(pdev) {
    const board = new Board(pdev, pdev.iomapResource(0));
    inventory.push(board.label, String(board.size));
    return board;
  },
};
