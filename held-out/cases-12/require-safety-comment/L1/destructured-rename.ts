// A PCI framebuffer pulls its blank routine out of an ops table with a renamed destructuring, and calls it unjustified. [class 6, class 7]
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

export class Framebuffer implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const { blank: blankScreen, stride } = fbOps;
    console.log(`stride ${stride(1024)}`);
    blankScreen(this.pdev.asRef(), this.regs); // expect: bindsafe/require-safety-comment
  }
}
