// A platform power-domain driver wraps each domain's registers in a Gate whose constructor files itself in a static list. [class 4]
import type { platform } from '@bindsafe/kernel';

const PD_CTRL = 0x0;

class Gate {
  static readonly all: Gate[] = [];

  constructor(readonly label: string, readonly io: platform.IoMem) {
    Gate.all.push(this);
  }

  power(on: boolean): void {
    this.io.write32(on ? 1 : 0, PD_CTRL);
  }
}

interface PdData {
  readonly gate: Gate;
}

export function pd_all_off(): void {
  for (let i = 0; i < Gate.all.length; i++) Gate.all[i]?.power(false);
}

export const pd_driver: platform.Driver<PdData> = {
  name: 'pm_domains',
  idTable: [{ compatible: 'acme,power-domain' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const gate = new Gate('pd0', io); // expect: bindsafe/no-stored-bound-device
    gate.power(true);
    return { gate };
  },
};
