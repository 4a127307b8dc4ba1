// A tagged method from a mixin in another module, called through this without a comment.
import type { device } from '@bindsafe/kernel';
import { Traceable } from './mixin.js';

class Plain {
  constructor(readonly dev: device.Device) {}
}

export class Fan extends Traceable(Plain) {
  #rpm = 0;

  set rpm(value: number) {
    this.#rpm = Math.max(0, value);
  }

  get rpm(): number {
    return this.#rpm;
  }

  spinUp(target: number): void {
    this.rpm = target;
    this.traceBound(`fan at ${this.rpm} rpm`); // expect: bindsafe/require-safety-comment
  }
}
