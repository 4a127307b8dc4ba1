// A platform PHY keeps its register operations in an ops table; the @unsafe one is called through the table, unjustified. [class 6, class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
function powerDown(dev: device.Device, io: devres.Devres<platform.IoMem>): void {
  // SAFETY: our caller guarantees the binding.
  io.access(dev.unsafeAsBound()).write32(0, 0x0);
}

function describe(dev: device.Device): string {
  return `phy ${dev.name}`;
}

const phyOps = { down: powerDown, describe } as const;

export class Phy implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    console.log(phyOps.describe(dev));
    phyOps.down(dev, this.io); // expect: bindsafe/require-safety-comment
  }
}
