// Helper module of the ops-module-ok case.
import type { device } from '@bindsafe/kernel';

export const mdioOps = {
  /** @unsafe The caller must guarantee that `dev` is bound during the call. */
  phyName: (dev: device.Device, addr: number): string => {
    // SAFETY: the caller of this @unsafe entry guarantees the binding.
    return `${dev.unsafeAsBound().name}:phy${addr}`;
  },
  busName: (dev: device.Device): string => `${dev.name}-mdio`,
};
