// [class 8] A same-file helper pushes its Bar argument into the list it is given; the caller passes a module list and the data's Bar.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const mappedBars: pci.Bar[] = [];

function track(list: pci.Bar[], bar: pci.Bar): number {
  list.push(bar);
  return list.length;
}

export function mapForScanout(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => track(mappedBars, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
}
