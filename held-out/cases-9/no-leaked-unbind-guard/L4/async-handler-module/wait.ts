// The async `wait` ioctl handler, typed as drm.IoctlHandler, polls and then reads regData [class 5].
import type { drm } from '@bindsafe/kernel';
import type { Submit } from '../../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../../cases/_shared/timing.js';
import type { WaitDrm } from './drv.js';

export const waitIoctl: drm.IoctlHandler<WaitDrm, Submit> = async (_dev, regData, arg) => {
  const key = `ring${arg.ring}`;
  await pause(3);
  arg.seqno = regData.counters[key] ?? 0; // expect: bindsafe/no-leaked-unbind-guard
  return 0;
};
