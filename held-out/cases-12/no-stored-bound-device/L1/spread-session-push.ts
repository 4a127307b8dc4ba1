// A crypto accelerator logs each session as a spread of defaults plus the live Bar, into a module array [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Session {
  readonly queue: number;
  readonly priority: 'low' | 'high';
  readonly bar: pci.Bar;
}

const defaults = { queue: 0, priority: 'low' } as const satisfies Partial<Session>;
const sessions: Session[] = [];

export const cryptoDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'qat-lite',
  idTable: [{ vendor: 0x8086, device: 0x0435 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'qat');
    const bar = regs.access(pdev.asRef());
    sessions.push({ ...defaults, priority: 'high', bar }); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
