// A platform fan controller's teardown walks its fans; the callback has its own SAFETY comment, so the outer one justifies nothing. [class 7]
import type { device } from '@bindsafe/kernel';

export const stopFans = (fans: ReadonlyMap<string, device.Device>): string[] => {
  const out: string[] = [];
  // SAFETY: every fan device is bound while the controller's driver data is dropped. // expect: bindsafe/require-safety-comment
  fans.forEach((dev, id) => {
    // SAFETY: each fan is a child of the controller and is bound until the controller unbinds.
    out.push(`${id}:${dev.unsafeAsBound().name}`);
  });
  return out;
};
