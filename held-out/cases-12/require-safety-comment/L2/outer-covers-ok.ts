// A platform thermal sensor logs its shutdown from an array callback; the statement's comment covers the call inside it. [class 7]
import type { platform } from '@bindsafe/kernel';

export class ThermalData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly zones: readonly string[],
  ) {}

  [Symbol.dispose](): void {
    const handle = this.pdev;
    // SAFETY: the sensor is bound while its data is dropped, and forEach runs synchronously.
    this.zones.forEach((zone) => handle.asRef().unsafeAsBound().info(`zone ${zone} closed`));
  }
}
