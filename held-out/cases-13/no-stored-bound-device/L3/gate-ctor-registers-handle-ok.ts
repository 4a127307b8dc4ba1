// A platform power-domain driver builds a Gate object per domain; the Gate constructor keeps only the Devres container and registers `this` in a static list of all gates. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

class Gate {
  static readonly all: Gate[] = [];
  constructor(
    readonly label: string,
    private readonly regs: devres.Devres<platform.IoMem>,
  ) {
    Gate.all.push(this);
  }
  powerOn(): boolean {
    return this.regs.tryAccessWith((io) => io.write32(1, 0x00)) !== undefined;
  }
}

class PowerDomains {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly gates: readonly string[]) {}
}

export const pdDriver: platform.Driver<PowerDomains> = {
  name: 'imx-gpc-lite',
  idTable: [{ compatible: 'fsl,imx8mq-gpc' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const gate = new Gate('vpu', res);
    gate.powerOn();
    return new PowerDomains(res, [gate.label]);
  },
};
