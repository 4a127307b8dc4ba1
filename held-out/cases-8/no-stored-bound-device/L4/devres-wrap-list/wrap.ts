// Helper module: wraps a binding-scoped IoMem in a Devres and keeps the Devres container in a module list.
import { devres, type device, type platform } from '@bindsafe/kernel';

export const wrapped: devres.Devres<{ readonly io: platform.IoMem }>[] = [];

export function wrapWindow(dev: device.Device<device.Bound>, io: platform.IoMem): devres.Devres<{ readonly io: platform.IoMem }> {
  const container = new devres.Devres(dev, { io });
  wrapped.push(container);
  return container;
}
