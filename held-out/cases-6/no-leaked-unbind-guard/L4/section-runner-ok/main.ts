// [class 7] An audio driver reads codec ids through an imported section runner; only numbers come back.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { inSection } from './section.js';

export const codecTable: Record<string, number> = {};

export function probeCodec(dev: GpuDevice): number {
  const id = inSection(dev, -1, (parent) => (parent.vendorId << 16) | parent.deviceId);
  codecTable[dev.name] = id;
  return id;
}
