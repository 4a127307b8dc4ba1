// Helper module: a Lane class whose constructor keeps its IoMem and registers `this` in a module-level Map.
import type { platform } from '@bindsafe/kernel';

const lanes = new Map<number, Lane>();

export class Lane {
  constructor(readonly index: number, private readonly io: platform.IoMem) {
    lanes.set(index, this);
  }

  power(on: boolean): void {
    this.io.write32(on ? 1 : 0, 0x40 + this.index * 4);
  }
}
