// Diagnostics: builds fresh lines from what it is given, keeps nothing.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';
import { counterLines } from './lines.js';

export function trace(parent: pci.Device<device.Bound>, data: GpuRegData): string[] {
  return [`${parent.name}: vram ${data.vramSize}`, ...counterLines(data)];
}
