// A withUnbindGuard callback returns a nested reader function that captures the parent; the caller keeps and calls it later. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Reader = (bar: number) => number;

export function makeBarSizer(dev: GpuDevice): Reader {
  const reader = dev.withUnbindGuard((parent) => {
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
    return sizeOf; // expect: bindsafe/no-leaked-unbind-guard
  });
  return reader ?? (() => 0);
}
