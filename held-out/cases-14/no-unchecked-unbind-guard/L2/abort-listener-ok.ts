// A long-running copy job is cancelled through an AbortSignal; the abort listener stops the copy engine only if the card is still plugged in. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startCopy(dev: GpuDevice, signal: AbortSignal, engine: number): void {
  signal.addEventListener(
    'abort',
    () => {
      using guard = dev.unbindGuard();
      if (guard !== undefined) guard.registrationDataWith((_pdev, data) => data.bar.write32(0, 0x500 + engine * 8));
    },
    { once: true },
  );
}
