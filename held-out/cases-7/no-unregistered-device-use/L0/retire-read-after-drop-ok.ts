// A hot-unplug path drops the registration, then reads only the device's name and data for its log line. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class RetireError extends Error {
  constructor(readonly device: string) {
    super(`retire of ${device} failed`);
  }
}

export async function retire(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  try {
    await reg.drop();
  } catch {
    throw new RetireError(dev.name);
  }
  return `${dev.name}: ${dev.data.frames} frames, dropped=${reg.dropped}`;
}
