// A framebuffer console renames the registration data twice and parks its BAR in a module-level state object. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const fbcon: { window?: pci.Bar; cols: number } = { cols: 80 };

export const attachConsole = (dev: GpuDevice, cols = 80): boolean => {
  using guard = dev.unbindGuard();
  return (
    guard?.registrationDataWith((_parent, data) => {
      const regs = data;
      const { bar: window } = regs;
      fbcon.cols = cols;
      fbcon.window = window; // expect: bindsafe/no-leaked-unbind-guard
      return true;
    }) ?? false
  );
};
