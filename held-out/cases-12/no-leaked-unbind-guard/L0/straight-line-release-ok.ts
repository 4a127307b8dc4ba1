// A firmware loader reads what it needs, logs inside the section and then releases it. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function loadFirmware(dev: GpuDevice, blob: Uint8Array): boolean {
  const guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return false;
  const bar = guard.registrationDataWith((_p, data) => data.bar.size);
  const fits = blob.byteLength <= bar;
  guard.parent.asRef().info(`firmware ${fits ? 'fits' : 'too large'} for rev ${guard.parent.revision}`);
  guard.release();
  dev.data.submitted += fits ? 1 : 0;
  return fits;
}
