// The caller uses another module's `Sections.require`, which already handles `undefined`, with `using` and a catch for ENODEV. [class 1]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Sections } from './sections.js';

export function temperature(dev: GpuDevice): number | 'unplugged' {
  try {
    using guard = Sections.require(dev, 'temperature');
    return guard.registrationDataWith((_parent, data) => data.bar.read32(0x0e04));
  } catch (error) {
    if (error instanceof errors.KernelError && error.code === 'ENODEV') return 'unplugged';
    throw error;
  }
}
