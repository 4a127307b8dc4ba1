// A same-file class registers every instance in a static registry from its constructor; probe builds one with its IoMem. [class 8]
import type { devres, platform } from '@bindsafe/kernel';

class ClockGate {
  static readonly all: ClockGate[] = [];

  constructor(
    readonly name: string,
    private readonly io: platform.IoMem,
  ) {
    ClockGate.all.push(this);
  }

  enable(bit: number): void {
    this.io.write32(this.io.read32(0x00) | (1 << bit), 0x00);
  }
}

interface ClkData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly gates: number;
}

export const clockDriver: platform.Driver<ClkData> = {
  name: 'held-clk-gate',
  idTable: [{ compatible: 'allwinner,sun8i-ccu' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const gate = new ClockGate('bus-uart0', mem.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    gate.enable(16);
    return { mem, gates: 1 };
  },
};

export function gateNames(): string[] {
  return ClockGate.all.map((g) => g.name);
}
