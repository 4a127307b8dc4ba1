// An async same-file self-test helper gets a Device<Normal> handle and the Devres container; probe starts it and does not wait. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

async function selfTest(handle: pci.Device, regs: devres.Devres<pci.Bar>): Promise<boolean> {
  await pause(10);
  const status = regs.tryAccessWith((bar) => bar.read32(0x08));
  handle.asRef().info(`self-test ${status === undefined ? 'aborted' : 'status ' + status}`);
  return status === 0;
}

interface AccelData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'held-accel',
  idTable: [{ vendor: 0x1e60, device: 0x2128 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-accel');
    void selfTest(pdev.toNormal(), regs);
    return { regs };
  },
};
