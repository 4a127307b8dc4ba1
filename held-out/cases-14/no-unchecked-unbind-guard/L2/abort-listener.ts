// A long-running copy job is cancelled through an AbortSignal; the abort listener asserts the guard to stop the copy engine. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startCopy(dev: GpuDevice, signal: AbortSignal, engine: number): void {
  signal.addEventListener(
    'abort',
    () => {
      using guard = dev.unbindGuard();
      guard!.registrationDataWith((_pdev, data) => data.bar.write32(0, 0x500 + engine * 8)); // expect: bindsafe/no-unchecked-unbind-guard
    },
    { once: true },
  );
}
