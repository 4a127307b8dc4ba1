// A caller uses an imported generic section runner and returns only numbers out of it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { inSection } from './section.js';

export function vramAndRevision(dev: GpuDevice): [number, number] {
  return inSection(dev, [0, 0] as [number, number], (pdev, data) => [data.vramSize, pdev.revision]);
}

export function ringCount(dev: GpuDevice): number {
  return inSection(dev, 0, (_pdev, data) => Object.keys(data.counters).filter((k) => k.startsWith('ring')).length);
}
