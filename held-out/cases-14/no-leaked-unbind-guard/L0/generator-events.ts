// A generator streams "device events" to a consumer, yielding the bound parent itself as the first event.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type DeviceEvent = { kind: 'parent'; parent: pci.Device<device.Bound> } | { kind: 'log'; line: string };

export function* deviceEvents(dev: GpuDevice): Generator<DeviceEvent | pci.Device<device.Bound>> {
  using guard = dev.unbindGuard();
  if (!guard) return;
  yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  const lines = guard.registrationDataWith((_parent, data) => [...data.log]);
  for (const line of lines) yield { kind: 'log', line };
}
