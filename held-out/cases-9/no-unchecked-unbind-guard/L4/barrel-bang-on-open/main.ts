// A brightness setter asserts the result of a service-object helper from another module.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { sections } from './index.js';

export class Backlight {
  #level = 0;
  constructor(private readonly dev: AuxDevice) {}

  set level(value: number) {
    using guard = sections.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    this.#level = Math.min(value, guard.parent.id + 100);
  }

  get level(): number {
    return this.#level;
  }
}
