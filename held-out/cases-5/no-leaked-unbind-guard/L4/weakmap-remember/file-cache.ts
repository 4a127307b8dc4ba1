// The helper module: remembers, per open file, the BAR its last mapping went through.
import type { pci } from '@bindsafe/kernel';
import type { GpuFile } from '../../../../cases/_shared/gpu-drm.js';

const lastBar = new WeakMap<GpuFile, pci.Bar>();

export function rememberMapping(file: GpuFile, bar: pci.Bar): void {
  lastBar.set(file, bar);
}

export function replayMapping(file: GpuFile, value: number): boolean {
  const bar = lastBar.get(file);
  if (!bar) return false;
  bar.write32(value, 0);
  return true;
}
