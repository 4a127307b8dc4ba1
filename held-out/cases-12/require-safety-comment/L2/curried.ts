// A PCI RAID card builds per-register writers with a curried helper; the innermost arrow asserts the binding unjustified. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export const writerFor =
  (handle: pci.Device, regs: devres.Devres<pci.Bar>) =>
  (offset: number) =>
  (value: number): void =>
    regs.access(handle.asRef().unsafeAsBound()).write32(value, offset); // expect: bindsafe/require-safety-comment

export class RaidData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const writeCtl = writerFor(this.pdev, this.regs)(0x10);
    writeCtl(0);
  }
}
