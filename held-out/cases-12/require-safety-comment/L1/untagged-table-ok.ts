// A platform PHY's ops table holds only safe operations (one of them justifies its own unsafe call); callers need no comment. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

const phyOps = {
  describe: (dev: device.Device): string => `phy ${dev.name}`,
  powerDown(dev: device.Device<device.Bound>, io: devres.Devres<platform.IoMem>): void {
    io.access(dev).write32(0, 0x0);
  },
  resetFromHandle(handle: platform.Device, io: devres.Devres<platform.IoMem>): void {
    // SAFETY: only called from the driver data's destructor, while the PHY is bound.
    io.access(handle.asRef().unsafeAsBound()).write32(1, 0x4);
  },
} satisfies Record<string, (...args: never[]) => unknown>;

export class Phy implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    const { describe, resetFromHandle: reset } = phyOps;
    console.log(describe(this.pdev.asRef()));
    reset(this.pdev, this.io);
  }
}
