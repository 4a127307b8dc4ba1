// Common clock framework gate: the framework's global table records the names of the gates made.
import type { platform } from '@bindsafe/kernel';

const g_clk_names = new Set<string>();

export class ClkGate {
  constructor(readonly clk_name: string, private readonly io: platform.IoMem, private readonly bit: number) {
    g_clk_names.add(clk_name);
  }

  enable(): void {
    this.io.write32(this.io.read32(0) | (1 << this.bit), 0);
  }
}

export function clk_known(name: string): boolean {
  return g_clk_names.has(name);
}
