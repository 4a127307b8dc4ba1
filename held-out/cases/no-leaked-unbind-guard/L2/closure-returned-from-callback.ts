// The withUnbindGuard callback returns a closure over its parent to the caller.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function revisionReader(dev: GpuDevice): (() => number) | undefined {
  return dev.withUnbindGuard((parent) => {
    return () => parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  });
}
