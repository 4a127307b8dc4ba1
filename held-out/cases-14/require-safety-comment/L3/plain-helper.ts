// A PCI video capture card's teardown calls a same-file helper that asks for the bound view without a comment. [class 3]
import type { device, pci } from '@bindsafe/kernel';

const channelLine = (dev: device.Device, ch: number, fps?: number): string =>
  `${dev.unsafeAsBound().name}/ch${ch}@${fps ?? 25}`; // expect: bindsafe/require-safety-comment

export class CaptureData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly channels: readonly number[] = [0, 1]) {}

  [Symbol.dispose](): void {
    this.pdev.asRef().toNormal().info(this.channels.map((ch) => channelLine(this.pdev.asRef(), ch)).join(' '));
  }
}
