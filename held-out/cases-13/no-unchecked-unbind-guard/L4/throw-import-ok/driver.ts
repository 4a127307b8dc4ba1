// The delayed thermal check uses an imported helper that throws for undefined itself, and catches it. [class 5]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterOrThrow } from './lib/enter.js';

export function scheduleThermalCheck(dev: GpuDevice, delayMs: number, onHot: (celsius: number) => void): void {
  setTimeout(() => {
    try {
      using guard = enterOrThrow(dev);
      const celsius = guard.registrationDataWith((_parent, data) => data.bar.read32(0x800));
      if (celsius > 90) onHot(celsius);
    } catch (e: unknown) {
      if (!(e instanceof errors.KernelError) || e.code !== 'ENODEV') throw e;
    }
  }, delayMs);
}
