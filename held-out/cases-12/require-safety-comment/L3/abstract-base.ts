// Platform codecs share an abstract base whose protected @unsafe mute method a subclass calls without justification. [class 3, class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

abstract class CodecBase implements Disposable {
  constructor(
    protected readonly pdev: platform.Device,
    protected readonly io: devres.Devres<platform.IoMem>,
  ) {}

  /** @unsafe `dev` must be bound for the whole call. */
  protected mute(dev: device.Device, channel: number): void {
    // SAFETY: the caller guarantees the binding.
    this.io.access(dev.unsafeAsBound()).write32(0, 0x40 + channel * 4);
  }

  abstract [Symbol.dispose](): void;
}

export class StereoCodec extends CodecBase {
  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    for (const channel of [0, 1]) {
      this.mute(dev, channel); // expect: bindsafe/require-safety-comment
    }
  }
}
