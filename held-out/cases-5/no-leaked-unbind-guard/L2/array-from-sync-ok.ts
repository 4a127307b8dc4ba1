// A register dump builds rows with `Array.from({ length }, …)` and `forEach` inside `registrationDataWith`: synchronous callbacks that return and push only numbers and strings. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const hex = (n: number, width: number): string => (n >>> 0).toString(16).padStart(width, '0');

export function dumpRegisters(dev: drm.Device<GpuDrm>, words = 16): string[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const rows: string[] = [];
  guard.registrationDataWith((_parent, data) => {
    const count = Math.min(words, Math.floor(data.bar.size / 4));
    const values = Array.from({ length: count }, (_, i) => data.bar.read32(i * 4));
    values.forEach((value, i) => rows.push(`${hex(i * 4, 4)}: ${hex(value, 8)}`));
    data.log.slice(-4).forEach((line) => rows.push(`# ${line}`));
  });
  return rows;
}
