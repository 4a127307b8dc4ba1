// A curried register-reader factory returns, from inside withUnbindGuard, a closure over the bound parent. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Reader = (bar: number) => number;

export const lengthReader = (dev: GpuDevice): Reader | undefined =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('building reader');
    return (bar: number) => parent.resourceLen(bar); // expect: bindsafe/no-leaked-unbind-guard
  });

export const totalLen = (read: Reader) => (bars: readonly number[]): number =>
  bars.map(read).reduce((a, b) => a + b, 0);
