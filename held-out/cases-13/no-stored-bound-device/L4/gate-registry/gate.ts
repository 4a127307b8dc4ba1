// Clock gates of the SoC: every Gate registers itself in a module-level registry when it is built.
import type { platform } from '@bindsafe/kernel';

const registry = new Map<string, Gate>();

export class Gate {
  constructor(
    readonly id: string,
    private readonly io: platform.IoMem,
    private readonly bit: number,
  ) {
    registry.set(id, this);
  }
  enable(): void {
    this.io.write32(1 << this.bit, 0x10);
  }
}

export function gateCount(): number {
  return registry.size;
}
