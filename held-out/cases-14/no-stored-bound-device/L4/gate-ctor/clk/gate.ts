// Common clock framework gate: every gate files itself in the framework's global clock table.
import type { platform } from '@bindsafe/kernel';

const g_clk_table = new Map<string, ClkGate>();

export class ClkGate {
  constructor(readonly clk_name: string, private readonly io: platform.IoMem, private readonly bit: number) {
    g_clk_table.set(clk_name, this);
  }

  enable(): void {
    this.io.write32(this.io.read32(0) | (1 << this.bit), 0);
  }
}

export function clk_lookup(name: string): ClkGate | undefined {
  return g_clk_table.get(name);
}
