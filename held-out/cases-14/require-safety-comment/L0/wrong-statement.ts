// An auxiliary telemetry child reports its id on teardown; the SAFETY comment sits one statement too high.
import type { auxiliary } from '@bindsafe/kernel';

export class TelemetryChild implements Disposable {
  constructor(readonly adev: auxiliary.Device, readonly tag = 'telemetry') {}

  [Symbol.dispose](): void {
    // SAFETY: the child is still bound while its driver data is dropped. // expect: bindsafe/require-safety-comment
    const label = `${this.tag}.${this.adev.id}`;
    this.adev.asRef().unsafeAsBound().info(`${label} detached`); // expect: bindsafe/require-safety-comment
  }
}
