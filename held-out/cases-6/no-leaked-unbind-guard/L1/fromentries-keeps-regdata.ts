// [class 6] A display driver snapshots its registration data with `Object.fromEntries` into a module variable.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export let debugSnapshot: Record<string, unknown> = {};

export function snapshot(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    debugSnapshot = Object.fromEntries([['bar', data.bar], ['pdev', data.pdev]]); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
}
