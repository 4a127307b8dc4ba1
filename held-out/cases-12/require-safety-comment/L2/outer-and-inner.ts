// A platform thermal sensor schedules its final log in a microtask; the callback has its own comment, so the outer one justifies nothing. [class 5]
import type { platform } from '@bindsafe/kernel';

export class ThermalData implements Disposable {
  constructor(readonly pdev: platform.Device) {}

  [Symbol.dispose](): void {
    const handle = this.pdev;
    // SAFETY: the sensor is bound while its data is dropped. // expect: bindsafe/require-safety-comment
    queueMicrotask(() => {
      // SAFETY: the teardown runs microtasks before it unbinds the device.
      handle.asRef().unsafeAsBound().info('thermal zone closed');
    });
  }
}
