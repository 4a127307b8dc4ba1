// A `satisfies`-checked history entry built around the guard's parent is pushed onto a module-level array. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface ResetEntry {
  readonly parent: pci.Device<device.Bound>;
  readonly at: number;
  readonly reason: string;
}

const resetHistory: ResetEntry[] = [];

export function noteReset(dev: GpuDevice, reason: string): number {
  using guard = dev.unbindGuard();
  if (!guard) return resetHistory.length;
  const entry = { parent: guard.parent, at: Date.now(), reason } satisfies ResetEntry;
  resetHistory.push(entry); // expect: bindsafe/no-leaked-unbind-guard
  return resetHistory.length;
}

export function lastResetReason(): string | undefined {
  return resetHistory.at(-1)?.reason;
}
