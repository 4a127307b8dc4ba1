// A platform watchdog puts a SAFETY comment above a call of a safe wrapper from another module: nothing unsafe is under it.
import type { devres, platform } from '@bindsafe/kernel';
import { readStatus } from './regs.js';

export class WdtData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the destructor runs during unbind, while the device is still bound. // expect: bindsafe/require-safety-comment
    const status = readStatus(this.handle, this.mem);
    if ((status & 0x1) !== 0) this.handle.asRef().info('watchdog fired before unbind');
  }
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'held-imx-wdt',
  idTable: [{ compatible: 'fsl,imx21-wdt' }],
  probe(pdev) {
    return new WdtData(pdev.toNormal(), pdev.iomapResource(0));
  },
};
