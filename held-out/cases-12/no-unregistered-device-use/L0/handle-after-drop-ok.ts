// After unplugging a DRM node, a hot-unplug tracker keeps a handle and the frame counter of the retired device. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm, AuxDevice } from '../../../cases/_shared/aux-drm.js';

const retired = new Map<string, AuxDevice>();

export async function retire(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  retired.set(dev.name, dev.toNormal());
  return dev.data.frames;
}

export function retiredNames(): string[] {
  return [...retired.keys()];
}
