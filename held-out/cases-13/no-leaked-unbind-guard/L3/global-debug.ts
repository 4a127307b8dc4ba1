// A developer aid publishes the registration data's BAR on globalThis through a helper, for a REPL to poke. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

declare global {
  var heldGpuDebugBar: pci.Bar | undefined;
}

const publish = (bar: pci.Bar): void => {
  globalThis.heldGpuDebugBar = bar;
};

export const exposeForRepl = (dev: GpuDevice): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => publish(data.bar)); // expect: bindsafe/no-leaked-unbind-guard
  return true;
};
