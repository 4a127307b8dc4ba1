// A topology probe returns [parent, bar] as a tuple and the caller keeps the first element. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let rootPort: pci.Device<device.Bound> | null = null;

export function learnTopology(dev: GpuDevice): number {
  return (
    dev.withUnbindGuard((parent) => {
      const pair = [parent, parent.resourceLen(0)] as const;
      const [port, len] = pair;
      rootPort = port; // expect: bindsafe/no-leaked-unbind-guard
      return len;
    }) ?? 0
  );
}
