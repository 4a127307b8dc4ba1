// A SAFETY comment inside a map callback, directly above the unsafe call's statement.
import type { device } from '@bindsafe/kernel';

export class PortCensus {
  readonly #ports: readonly device.Device[];

  constructor(ports: readonly device.Device[]) {
    this.#ports = ports;
  }

  labels(): string[] {
    return this.#ports.map((port) => {
      // SAFETY: the census runs from the parent's probe, while every port is bound to us.
      const bound = port.unsafeAsBound();
      return bound.name;
    });
  }
}
