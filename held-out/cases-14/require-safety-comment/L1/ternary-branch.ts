// A platform PHY picks which of two ports to name at teardown; only the first branch of the ternary is justified. [class 6]
import type { device } from '@bindsafe/kernel';

export const phyOwner = (primary: device.Device, backup: device.Device, useBackup = false): string => {
  const who =
    // SAFETY: both ports are bound while the PHY driver data is dropped.
    !useBackup ? primary.unsafeAsBound().name
      : backup.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
  return `phy owned by ${who}`;
};
