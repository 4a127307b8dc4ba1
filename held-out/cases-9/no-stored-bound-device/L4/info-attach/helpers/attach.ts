// Helper module: attaches a mapped window to a board descriptor.
import type { pci } from '@bindsafe/kernel';

export interface BoardInfo {
  readonly model: string;
  window?: pci.Bar;
}

export function attachWindow(board: BoardInfo, window: pci.Bar): BoardInfo {
  board.window = window;
  return board;
}
