// A platform PHY picks which of two ports to name at teardown; one comment above the statement covers both branches. [class 6]
import type { device } from '@bindsafe/kernel';

export const phyOwner = (primary: device.Device, backup: device.Device, useBackup = false): string => {
  // SAFETY: both ports are bound while the PHY driver data is dropped.
  const who = !useBackup
    ? primary.unsafeAsBound().name
    : backup.unsafeAsBound().name;
  return `phy owned by ${who}`;
};
