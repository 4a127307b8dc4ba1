// A watchdog class's static ping discards the guard with `void`, the C drm_dev_enter() habit.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export class Watchdog {
  static #pings = 0;

  static ping(dev: AuxDevice): number {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    return ++Watchdog.#pings;
  }
}
