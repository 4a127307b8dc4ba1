// A GPU's DRM glue imports an @unsafe default export under its own name and calls it after an await, bare. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import promote from './assume-registered.js';

export const labelAfterRegister = async (
  ddev: drm.Device<GpuDrm, drm.Uninit>,
  register: () => Promise<void>,
): Promise<string> => {
  await register();
  const { name, data } = promote(ddev); // expect: bindsafe/require-safety-comment
  return `${name}:${data?.label ?? '?'}`;
};
