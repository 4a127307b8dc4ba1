// A backlight controller opens an imported static Section and logs through `?.`. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export class Backlight {
  #level = 100;
  constructor(readonly dev: GpuDevice) {}

  set level(percent: number) {
    using guard = Section.open(this.dev);
    this.#level = Math.max(0, Math.min(100, percent));
    guard?.parent.asRef().info(`backlight ${this.#level}%`);
  }

  get level(): number {
    return this.#level;
  }
}
