// A platform regulator justifies the call of a nested safe helper, while the helper's own unsafe call has no comment. [class 3]
import type { device } from '@bindsafe/kernel';

export const regulatorOff = (dev: device.Device, microvolts: readonly number[]): string => {
  function describe(uv: number): string {
    return `${dev.unsafeAsBound().name}: ${uv / 1000} mV`; // expect: bindsafe/require-safety-comment
  }
  const last = microvolts.at(-1) ?? 0;
  // SAFETY: called from the regulator's destructor, the device is bound. // expect: bindsafe/require-safety-comment
  return describe(last);
};
