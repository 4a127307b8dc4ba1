// A late-binding display helper waits for the first GPU's VRAM size, offered through a Promise.withResolvers hand-off module. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { offer } from './handoff.js';

export const announce = (devs: readonly GpuDevice[]): number =>
  devs
    .map((dev): number => {
      using guard = dev.unbindGuard();
      if (!guard) return 0;
      guard.registrationDataWith((_parent, data) => offer(data.vramSize));
      return 1;
    })
    .reduce((a, b) => a + b, 0);
