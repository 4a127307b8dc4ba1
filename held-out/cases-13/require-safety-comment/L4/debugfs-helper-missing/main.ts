// A GPU driver creates its debugfs directories through a namespaced helper whose module takes an unjustified Uninit view.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { names } from './debugfs/index.js';

export function createDebugfs(devices: ReadonlyMap<number, GpuDevice>): string[] {
  const dirs: string[] = [];
  for (const [minor, dev] of devices) dirs.push(names.debugfsDir(dev, minor));
  return dirs;
}
