// A crypto accelerator builds its driver data with a spread of defaults plus the live Bar [class 4]
import type { devres, pci } from '@bindsafe/kernel';

interface QatData {
  readonly queue: number;
  readonly priority: 'low' | 'high';
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
}

const defaults = { queue: 0, priority: 'low' } as const;

export const cryptoDriver: pci.Driver<QatData> = {
  name: 'qat-lite-ok',
  idTable: [{ vendor: 0x8086, device: 0x0435 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'qat');
    const bar = regs.access(pdev.asRef());
    return { ...defaults, priority: 'high', regs, bar };
  },
};
