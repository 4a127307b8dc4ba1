// A platform pinctrl block looks a port's device handle up in a Map and optionally asks for its bound view. [class 6]
import type { device } from '@bindsafe/kernel';

export class PinPorts {
  readonly #ports = new Map<string, device.Device>();

  add = (name: string, dev: device.Device): this => (this.#ports.set(name, dev), this);

  /** Runs from the pinctrl driver data's destructor, while every port device is still bound. */
  announce(name: string): string {
    return this.#ports.get(name)?.unsafeAsBound().name ?? `<${name}: gone>`; // expect: bindsafe/require-safety-comment
  }
}
