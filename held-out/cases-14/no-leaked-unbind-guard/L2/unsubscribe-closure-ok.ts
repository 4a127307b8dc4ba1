// Subscribing a power-state handler returns an unsubscribe function that logs the parent's copied name. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PowerHandler = (state: 'D0' | 'D3hot') => void;
const powerHandlers = new Set<PowerHandler>();

export function onPower(dev: GpuDevice, handler: PowerHandler): (() => void) | undefined {
  powerHandlers.add(handler);
  const name = dev.withUnbindGuard((parent) => `${parent.name}`);
  if (name === undefined) return undefined;
  return () => {
    powerHandlers.delete(handler);
    console.log(`unsubscribed from ${name}`);
  };
}
