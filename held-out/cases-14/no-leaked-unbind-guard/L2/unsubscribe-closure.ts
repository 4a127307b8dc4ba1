// Subscribing a power-state handler returns an unsubscribe function that logs the parent's name on the way out. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PowerHandler = (state: 'D0' | 'D3hot') => void;
const powerHandlers = new Set<PowerHandler>();

export function onPower(dev: GpuDevice, handler: PowerHandler): (() => void) | undefined {
  powerHandlers.add(handler);
  return dev.withUnbindGuard((parent) => {
    return () => { // expect: bindsafe/no-leaked-unbind-guard
      powerHandlers.delete(handler);
      console.log(`unsubscribed from ${parent.name}`);
    };
  });
}
