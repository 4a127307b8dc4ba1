// Destructuring with defaults out of a local config; the Device<Bound> lands in a module variable.
import type { device, platform } from '@bindsafe/kernel';

let watchdogTarget: device.Device<device.Bound> | undefined;

export const driver: platform.Driver<{ readonly timeout: number }> = {
  name: 'held-l1-destr',
  idTable: [{ compatible: 'held,wdt' }],
  probe(pdev) {
    const setup = { target: pdev.asRef(), timeout: undefined as number | undefined };
    const { target, timeout = 30 } = setup;
    watchdogTarget = target; // expect: bindsafe/no-stored-bound-device
    return { timeout };
  },
};
