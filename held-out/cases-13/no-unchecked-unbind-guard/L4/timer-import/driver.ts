// A delayed thermal check, scheduled with setTimeout, asserts the imported helper's guard. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterSection } from './lib/enter.js';

export function scheduleThermalCheck(dev: GpuDevice, delayMs: number, onHot: (celsius: number) => void): void {
  setTimeout(() => {
    using guard = enterSection(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    const celsius = guard.registrationDataWith((_parent, data) => data.bar.read32(0x800));
    if (celsius > 90) onHot(celsius);
  }, delayMs);
}
