// The imported @unsafe static method is called with a multi-line SAFETY comment directly above.
import type { device } from '@bindsafe/kernel';
import { BoundView } from './views.js';

export class ClockData implements Disposable {
  constructor(readonly dev: device.Device) {}
  [Symbol.dispose](): void {
    // SAFETY: the destructor runs while unbind drops the driver data;
    // the device is unbound only after that step.
    const bound = BoundView.of(this.dev);
    bound.info('clock gated');
  }
}
