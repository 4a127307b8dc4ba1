// A clock-gate driver creates a Gate whose constructor files `this` into a static registry, carrying its IoMem along [class 6]
import type { devres, platform } from '@bindsafe/kernel';

class Gate {
  static readonly all: Gate[] = [];
  constructor(
    readonly label: string,
    private readonly io: platform.IoMem,
  ) {
    Gate.all.push(this);
  }
  enable(): void {
    this.io.write32(1, 0x0);
  }
}

export const gateDriver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem> }> = {
  name: 'clk-gate-lite',
  idTable: [{ compatible: 'acme,clk-gate' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const gate = new Gate('uart', regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    gate.enable();
    return { regs };
  },
};
