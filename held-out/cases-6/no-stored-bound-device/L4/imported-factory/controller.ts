// Helper module: a PWM controller class built by a static factory from a probe device.
import type { device, platform } from '@bindsafe/kernel';

export class PwmController {
  readonly #channels = new Map<number, number>();

  private constructor(
    private readonly io: platform.IoMem,
    readonly owner: device.Device<device.Bound>,
  ) {}

  static create(pdev: platform.Device<device.Core>): PwmController {
    return new PwmController(pdev.iomapResource(0).access(pdev.asRef()), pdev.asRef());
  }

  setDuty(channel: number, duty: number): void {
    this.#channels.set(channel, duty);
    this.io.write32(duty, 0x10 + channel * 4);
  }
}
