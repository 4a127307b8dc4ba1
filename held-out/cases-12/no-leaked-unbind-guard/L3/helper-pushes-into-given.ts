// A generic collector pushes into the list the caller hands it; the caller hands a module-level list. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const doorbells: pci.Bar[] = [];

function collect<T>(into: T[], item: T): number {
  return into.push(item);
}

export function registerDoorbell(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => collect(doorbells, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
}
