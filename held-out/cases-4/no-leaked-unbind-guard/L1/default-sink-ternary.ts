// A ternary picks the parent of one of two guards and stores it into the field of a sink parameter whose default is a module object. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface DisplaySink {
  current: pci.Device<device.Bound> | undefined;
  switches: number;
}

const defaultSink: DisplaySink = { current: undefined, switches: 0 };

export function routeDisplay(igpu: GpuDevice, dgpu: GpuDevice, preferDiscrete: boolean, sink: DisplaySink = defaultSink): boolean {
  using integrated = igpu.unbindGuard();
  using discrete = dgpu.unbindGuard();
  if (!integrated || !discrete) return false;
  const chosen = preferDiscrete ? discrete.parent : integrated.parent;
  sink.current = chosen; // expect: bindsafe/no-leaked-unbind-guard
  sink.switches += 1;
  return true;
}
