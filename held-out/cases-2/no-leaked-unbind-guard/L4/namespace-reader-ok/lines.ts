// Turns the counters of the registration data into text lines.
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export function counterLines(data: GpuRegData): string[] {
  return Object.entries(data.counters).map(([k, v]) => `${k}=${v}`);
}
