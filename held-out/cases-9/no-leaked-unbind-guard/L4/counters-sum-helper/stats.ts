// Statistics over the registration data's counters (numbers only leave).
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export function totalSubmitted(data: GpuRegData): number {
  let total = 0;
  for (const value of Object.values(data.counters)) total += value;
  return total;
}

export function ringNames(data: Pick<GpuRegData, 'counters'>): string[] {
  return Object.keys(data.counters).filter((k) => k.startsWith('ring'));
}
