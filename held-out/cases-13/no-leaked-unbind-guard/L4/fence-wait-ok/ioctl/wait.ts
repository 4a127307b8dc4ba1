import type { drm } from '@bindsafe/kernel';
import { pause } from '../../../../../cases/_shared/timing.js';
import type { FenceDrm, WaitArg } from '../types.js';

const reached = (target: number) => (seqno: number): boolean => seqno >= target;

export const waitFence: drm.IoctlHandler<FenceDrm, WaitArg> = async (_dev, regData, arg) => {
  const done = reached(arg.seqno);
  const now = regData.bar.read32(regData.seqnoOffset);
  await pause(arg.timeoutMs);
  return done(now) ? 0 : 1;
};
