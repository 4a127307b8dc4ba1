// A platform Ethernet MAC scans its MDIO bus with entries destructured from an imported ops table, the @unsafe one justified. [class 6, class 7]
import type { device } from '@bindsafe/kernel';
import { mdioOps } from './ops.js';

/** Runs from the MAC's probe, on its own bound device. */
export const scanPhys = (dev: device.Device, present: (addr: number) => boolean): string[] => {
  const { phyName, busName } = mdioOps;
  return [...Array(32).keys()]
    .filter(present)
    // SAFETY: the scan runs inside the MAC's probe, so its device is bound.
    .map((addr) => phyName(dev, addr))
    .concat(busName(dev));
};
