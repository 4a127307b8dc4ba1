// An object with an unbind method that is not a bus driver: nothing to report.
import type { device } from '@bindsafe/kernel';

interface Binding {
  readonly targets: string[];
}

export const keymap = {
  bindings: new Map<string, Binding>(),
  unbind(_dev: device.Device, data: Binding): void {
    data.targets.length = 0;
    this.bindings.clear();
  },
};
