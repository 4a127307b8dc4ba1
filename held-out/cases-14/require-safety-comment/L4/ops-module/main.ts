// A platform Ethernet MAC scans its MDIO bus with an imported ops table and calls the @unsafe entry as `mdioOps.phyName`, bare. [class 6, class 7]
import type { device } from '@bindsafe/kernel';
import { mdioOps } from './ops.js';

export const scanPhys = (dev: device.Device, present: (addr: number) => boolean): string[] =>
  [...Array(32).keys()]
    .filter(present)
    .map((addr) => mdioOps.phyName(dev, addr)) // expect: bindsafe/require-safety-comment
    .concat(mdioOps.busName(dev));
