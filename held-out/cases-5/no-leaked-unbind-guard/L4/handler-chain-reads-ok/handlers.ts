// The handler module: the getParam ioctl, typed with `drm.IoctlHandler`, delegating to `readParam`.
import { errors, type drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { readParam } from './params.js';

export const getParam: drm.IoctlHandler<GpuDrm, GetParam> = (_dev, regData, arg) => {
  const value = readParam(regData, arg.param);
  if (value === undefined) throw new errors.KernelError('EINVAL', `unknown parameter ${arg.param}`);
  arg.value = value;
  return 0;
};
