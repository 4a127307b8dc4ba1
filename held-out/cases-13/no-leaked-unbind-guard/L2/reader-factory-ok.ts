// A curried register-reader factory returns, from inside withUnbindGuard, a closure over a table of copied lengths. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Reader = (bar: number) => number;

export const lengthReader = (dev: GpuDevice): Reader | undefined =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('building reader');
    const lengths: readonly number[] = [0, 1, 2, 3, 4, 5].map((bar) => parent.resourceLen(bar));
    return (bar: number) => lengths[bar] ?? 0;
  });

export const totalLen = (read: Reader) => (bars: readonly number[]): number =>
  bars.map(read).reduce((a, b) => a + b, 0);
