// A PCI accelerator kicks its command queue in probe through the platform layer's unchecked doorbell, unjustified. [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import { ringDoorbellUnchecked } from './hal/index.js';

export interface AccelData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly queues: number;
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'accel',
  idTable: [{ vendor: 0x8086, device: 0x0b25 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'accel');
    ringDoorbellUnchecked(pdev.asRef(), regs, 0); // expect: bindsafe/require-safety-comment
    return { regs, queues: 1 };
  },
};
