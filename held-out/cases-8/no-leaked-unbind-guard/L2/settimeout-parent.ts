// A deferred link check captures the guarded parent in a setTimeout callback that outlives the section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function scheduleLinkCheck(dev: drm.Device<GpuDrm>, onResult: (ok: boolean) => void): void {
  dev.withUnbindGuard((parent) => {
    setTimeout(() => onResult(parent.memoryEnabled), 100); // expect: bindsafe/no-leaked-unbind-guard
  });
}
