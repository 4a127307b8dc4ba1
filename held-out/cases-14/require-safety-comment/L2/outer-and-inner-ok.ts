// A platform fan controller's teardown lists its fans; the outer SAFETY comment covers a call outside the callback, the inner one the callback's. [class 7]
import type { device } from '@bindsafe/kernel';

export const stopFans = (ctrl: device.Device, fans: ReadonlyMap<string, device.Device>): string[] => {
  // SAFETY: the controller is bound while its driver data is dropped, which is when this runs.
  const lines = [`ctrl ${ctrl.unsafeAsBound().name}`, ...[...fans].map(([id, dev]) => {
    // SAFETY: each fan is a child of the controller and is bound until the controller unbinds.
    return `${id}:${dev.unsafeAsBound().name}`;
  })];
  return lines;
};
