// [class 7] An audio driver's abort listener calls unbindGuard() as a statement, discarding the guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function onCancel(dev: GpuDevice, signal: AbortSignal): void {
  signal.addEventListener('abort', () => {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    console.info(`${dev.name}: stream cancelled`);
  }, { once: true });
}
