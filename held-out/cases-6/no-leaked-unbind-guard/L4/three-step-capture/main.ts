// [class 8] A GPU hang handler calls a three-function helper chain across two modules that stores the registration data's bar.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { captureState } from './capture.js';

export function handleHang(dev: GpuDevice, ring: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    captureState(data, `hang on ring ${ring}`); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
