// A firmware loader releases the guard before logging the parent's revision. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function loadFirmware(dev: GpuDevice, blob: Uint8Array): boolean {
  const guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return false;
  const bar = guard.registrationDataWith((_p, data) => data.bar.size);
  const fits = blob.byteLength <= bar;
  guard.release();
  guard.parent.asRef().info(`firmware ${fits ? 'fits' : 'too large'} for rev ${dev.name}`); // expect: bindsafe/no-leaked-unbind-guard
  return fits;
}
