// A display-port bring-up subscribes link notifications for the guard's parent via another module. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { watchLink } from './events/link.js';

export const bringUp = (dev: GpuDevice): boolean =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('dp bring-up');
    watchLink(parent); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }) ?? false;
