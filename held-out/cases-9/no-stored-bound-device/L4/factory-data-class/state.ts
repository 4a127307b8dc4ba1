// Helper module: a driver-data class with a private constructor and a static factory that keeps the IoMem in a field.
import type { device, platform } from '@bindsafe/kernel';

export class DisplayState {
  #brightness = 100;

  private constructor(readonly owner: platform.Device<device.Bound>, private readonly io: platform.IoMem) {}

  static create(owner: platform.Device<device.Bound>): DisplayState {
    return new DisplayState(owner, owner.iomapResource(0).access(owner.asRef()));
  }

  set brightness(level: number) {
    this.#brightness = level;
    this.io.write32(level, 0x30);
  }

  get brightness(): number {
    return this.#brightness;
  }
}
