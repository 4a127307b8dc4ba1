// A platform display panel waits for its power-off delay and then logs through a bound view, justified in the callback. [class 5]
import type { platform } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export class PanelData implements AsyncDisposable {
  constructor(readonly pdev: platform.Device) {}

  [Symbol.asyncDispose](): Promise<void> {
    const handle = this.pdev.asRef();
    return pause(5).then(() => {
      // SAFETY: the teardown awaits this destructor before it unbinds the device.
      handle.unsafeAsBound().info('panel powered off');
    });
  }
}
