// A clock-gate driver's Gate registers itself in a static registry but holds only its label and the Devres container [class 4]
import type { devres, platform } from '@bindsafe/kernel';

class Gate {
  static readonly all: Gate[] = [];
  constructor(
    readonly label: string,
    private readonly regs: devres.Devres<platform.IoMem>,
  ) {
    Gate.all.push(this);
  }
  enable(): boolean {
    return this.regs.tryAccessWith((io) => io.write32(1, 0x0)) !== undefined;
  }
}

export const gateDriver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem> }> = {
  name: 'clk-gate-lite-ok',
  idTable: [{ compatible: 'acme,clk-gate' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const gate = new Gate(`${pdev.name}:uart`, regs);
    gate.enable();
    return { regs };
  },
};
