// Clock gates of the SoC: every Gate registers itself in a module-level registry when it is built; a gate holds the Devres container only.
import type { devres, platform } from '@bindsafe/kernel';

const registry = new Map<string, Gate>();

export class Gate {
  constructor(
    readonly id: string,
    private readonly regs: devres.Devres<platform.IoMem>,
    private readonly bit: number,
  ) {
    registry.set(id, this);
  }
  enable(): boolean {
    return this.regs.tryAccessWith((io) => io.write32(1 << this.bit, 0x10)) !== undefined;
  }
}

export function gateCount(): number {
  return registry.size;
}
