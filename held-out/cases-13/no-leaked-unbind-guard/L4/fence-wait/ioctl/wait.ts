import type { drm } from '@bindsafe/kernel';
import { pause } from '../../../../../cases/_shared/timing.js';
import type { FenceDrm, WaitArg } from '../types.js';

const reached = (target: number) => (seqno: number): boolean => seqno >= target;

export const waitFence: drm.IoctlHandler<FenceDrm, WaitArg> = async (_dev, regData, arg) => {
  const done = reached(arg.seqno);
  const offset = regData.seqnoOffset;
  await pause(arg.timeoutMs);
  const now = regData.bar.read32(offset); // expect: bindsafe/no-leaked-unbind-guard
  return done(now) ? 0 : 1;
};
