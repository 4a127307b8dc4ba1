// A PCI video capture card's teardown calls a same-file helper that justifies its bound view; the callers need no comment. [class 3]
import type { device, pci } from '@bindsafe/kernel';

/** Only ever called from the driver data's destructor. */
const channelLine = (dev: device.Device, ch: number, fps?: number): string =>
  // SAFETY: the destructor runs during unbind, before the device is unbound.
  `${dev.unsafeAsBound().name}/ch${ch}@${fps ?? 25}`;

export class CaptureData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly channels: readonly number[] = [0, 1]) {}

  [Symbol.dispose](): void {
    this.pdev.asRef().toNormal().info(this.channels.map((ch) => channelLine(this.pdev.asRef(), ch)).join(' '));
  }
}
