// Capture helpers: a chain of two functions in this module ending in the store module.
import type { pci } from '@bindsafe/kernel';
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';
import { keepForDump } from './store.js';

function snapshotBar(bar: pci.Bar, reason: string): void {
  if (reason.length > 0) keepForDump(bar);
}

export function captureState(data: GpuRegData, reason: string): void {
  data.log.push(reason);
  snapshotBar(data.bar, reason);
}
