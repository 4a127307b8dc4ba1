// [class 2] A ! on an imported reader's number | undefined result: not a guard, no finding.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { readCounter } from './readers/index.js';

export function requiredCounter(dev: GpuDevice, name: string): number {
  const value = readCounter(dev, name);
  if (value === undefined) return 0;
  return value! * 2;
}

export function counterOrThrow(dev: GpuDevice, name: string): number {
  return readCounter(dev, name)!;
}
