// A platform SMBus driver augments the hw module's HwCaps with `declare module` and calls the namespaced @unsafe Hw.claimBus with a SAFETY comment.
import type { devres, platform } from '@bindsafe/kernel';
import { Hw, type HwCaps } from './hw.js';

declare module './hw.js' {
  interface HwCaps {
    readonly quirkNoPec?: boolean;
  }
}

export class SmbusData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
    readonly caps: HwCaps,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the destructor runs during unbind, before devres is revoked, so the device is bound.
    const claimed = Hw.claimBus(this.handle, this.mem);
    if (!claimed) this.handle.asRef().info('bus busy at teardown');
  }
}

export const smbusDriver: platform.Driver<SmbusData> = {
  name: 'held-smbus',
  idTable: [{ compatible: 'amd,smbus-mmio' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const caps: HwCaps = { ...Hw.caps(mem.access(pdev.asRef()).read32(0x00)), quirkNoPec: true };
    return new SmbusData(pdev.toNormal(), mem, caps);
  },
};
