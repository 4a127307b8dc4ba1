// A power-state switch returns early for the idle state before the guard's release [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export enum PowerState {
  Idle,
  Active,
  Boost,
}

export function powerBudget(dev: drm.Device<GpuDrm>, state: PowerState): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return 0;
  if (state === PowerState.Idle) return 0;
  const base = guard.parent.resourceLen(0) >>> 20;
  guard.release();
  return state === PowerState.Boost ? base * 2 : base;
}
