// A reset path releases the guard only on its else branch; the early-return branch keeps it open.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class ResetError extends Error {
  override readonly name = 'ResetError';
}

export function softReset(dev: drm.Device<GpuDrm>, force: boolean): number {
  const g = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (g === undefined) throw new ResetError('device unplugged');
  const status = g.registrationDataWith((_p, data) => data.bar.read32(0x04));
  if (status === 0 && !force) {
    return 0;
  } else {
    g.registrationDataWith((_p, data) => data.bar.write32(1, 0x08));
    g.release();
  }
  return status;
}
