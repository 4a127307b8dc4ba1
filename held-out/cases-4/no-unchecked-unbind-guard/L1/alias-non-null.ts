// The result is kept in an alias while a log line is built, then asserted with `!` into a `using` declaration. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function clockMHz(dev: GpuDevice, domain: 'core' | 'mem'): number {
  const pending = dev.unbindGuard();
  const reg = domain === 'core' ? 0x0500 : 0x0504;
  using guard = pending!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.bar.read32(reg)) / 1000;
}
