// [class 7] A storage driver's cancellable flush: an AbortSignal listener added inside a withUnbindGuard callback captures the parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function armFlushCancel(dev: GpuDevice, controller: AbortController): number | undefined {
  return dev.withUnbindGuard((parent) => {
    controller.signal.addEventListener('abort', () => { console.warn('flush cancelled', parent.resourceLen(0)); }); // expect: bindsafe/no-leaked-unbind-guard
    return parent.revision;
  });
}
