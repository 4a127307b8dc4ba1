// A PCI framebuffer's teardown receives the ops table as a destructured parameter and justifies the @unsafe one. [class 6, class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

interface FbOps {
  /** @unsafe `dev` must be bound for the whole call. */
  blank(dev: device.Device, regs: devres.Devres<pci.Bar>): void;
  stride(width: number): number;
}

const fbOps: FbOps = {
  blank(dev, regs) {
    // SAFETY: the FbOps contract makes the caller guarantee the binding.
    regs.access(dev.unsafeAsBound()).write32(0, 0x200);
  },
  stride: (width) => width * 4,
};

function teardown({ blank, stride }: FbOps, pdev: pci.Device, regs: devres.Devres<pci.Bar>): number {
  const pitch = stride(1024);
  // SAFETY: called from the driver data's destructor, while the device is still bound.
  blank(pdev.asRef(), regs);
  return pitch;
}

export class Framebuffer implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    teardown(fbOps, this.pdev, this.regs);
  }
}
