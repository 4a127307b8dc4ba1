// Bring-up resolves a "parent ready" signal kept by another module with the bound parent. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { announceReady } from './signal.js';

export function bringUp(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    if (parent.memoryEnabled) announceReady(parent); // expect: bindsafe/no-leaked-unbind-guard
  });
}
