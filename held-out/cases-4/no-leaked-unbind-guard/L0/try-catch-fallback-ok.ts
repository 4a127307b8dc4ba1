// try/catch without finally inside a `using` section: a failed BAR read falls back, other errors are rethrown. [class 1]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function hex(strings: TemplateStringsArray, ...values: (number | string)[]): string {
  return strings.reduce((out, s, i) => {
    const v = values[i];
    return out + s + (v === undefined ? '' : typeof v === 'number' ? `0x${v.toString(16)}` : v);
  }, '');
}

export function readScratch(dev: GpuDevice, offset: number): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  try {
    const value = guard.registrationDataWith((_parent, data) => data.bar.read32(offset));
    return hex`${guard.parent.name} scratch[${offset}] = ${value}`;
  } catch (error) {
    if (error instanceof errors.KernelError && error.code === 'EINVAL') {
      guard.parent.asRef().info(`scratch offset ${offset} out of range`);
      return 'invalid';
    }
    throw error;
  }
}
