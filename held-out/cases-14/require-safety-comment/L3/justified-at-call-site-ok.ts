// A platform regulator's nested helper justifies its own unsafe call; the call of the helper needs no comment. [class 3]
import type { device } from '@bindsafe/kernel';

export const regulatorOff = (dev: device.Device, microvolts: readonly number[]): string => {
  function describe(uv: number): string {
    // SAFETY: `regulatorOff` is called only from the regulator's destructor, while the device is bound.
    return `${dev.unsafeAsBound().name}: ${uv / 1000} mV`;
  }
  const last = microvolts.at(-1) ?? 0;
  return describe(last);
};
