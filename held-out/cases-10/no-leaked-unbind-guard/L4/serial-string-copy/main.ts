// A module-level serial cache stores the string a formatting helper makes from the parent [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { serialOf } from './format.js';

let cachedSerial: string | undefined;

export function serial(dev: drm.Device<GpuDrm>): string | undefined {
  cachedSerial ??= dev.withUnbindGuard((parent) => serialOf(parent));
  return cachedSerial;
}
