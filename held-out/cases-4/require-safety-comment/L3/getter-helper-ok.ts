// A safe helper and a getter each justify their own unsafe call (one in an `else` branch); their callers need no comment.
import type { devres, pci } from '@bindsafe/kernel';

function firmwareVersion(handle: pci.Device, regs: devres.Devres<pci.Bar>, cached: number | undefined): number {
  if (cached !== undefined) {
    return cached;
  } else {
    // SAFETY: only called from probe and unbind (below), where the device is bound.
    const dev = handle.asRef().unsafeAsBound();
    return regs.access(dev).read32(0x08);
  }
}

export class ModemData {
  cachedVersion: number | undefined;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /** The link state; read only from unbind. */
  get linkUp(): boolean {
    // SAFETY: read only from unbind, which runs while the device is still bound.
    const dev = this.handle.asRef().unsafeAsBound();
    return (this.regs.access(dev).read32(0x10) & 0x1) !== 0;
  }
}

export const modemDriver: pci.Driver<ModemData> = {
  name: 'held-modem',
  idTable: [{ vendor: 0x17cb, device: 0x0306 }],
  probe(pdev) {
    const data = new ModemData(pdev.toNormal(), pdev.iomapRegion(0, 'held-modem'));
    data.cachedVersion = firmwareVersion(data.handle, data.regs, undefined);
    return data;
  },
  unbind(pdev, data) {
    const version = firmwareVersion(data.handle, data.regs, data.cachedVersion);
    pdev.asRef().info(`modem fw ${version}, link ${data.linkUp ? 'up' : 'down'}`);
  },
};
