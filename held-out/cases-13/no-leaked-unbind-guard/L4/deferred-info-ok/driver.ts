// A suspend path logs "suspended" a little later through a renamed re-export of a timer helper, given a handle. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { deferInfo } from './timers.js';

type Step = (dev: GpuDevice) => boolean;

const sequence =
  (...steps: readonly Step[]): Step =>
  (dev) =>
    steps.every((step) => step(dev));

const quiesce: Step = (dev) =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('quiescing');
    deferInfo(parent.toNormal(), 'suspended');
    return true;
  }) ?? false;

export const suspend = sequence(quiesce, (dev) => dev.data.submitted >= 0);
