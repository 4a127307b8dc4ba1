// A GPU's DRM glue reaches an @unsafe context helper through a renaming barrel and calls it in a ternary, bare. [class 3, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { asRegisteredName, plainName } from './lib/index.js';

export const nodeLabel = (ddev: drm.Device<GpuDrm, drm.Uninit>, registered: boolean): string =>
  registered
    ? `card:${asRegisteredName(ddev)}` // expect: bindsafe/require-safety-comment
    : `uninit:${plainName(ddev)}`;
