// Module-level debug state shared by the board's drivers.
import type { device } from '@bindsafe/kernel';

export const debugState: { lastDevice?: device.Device<device.Bound>; probes: number } = { probes: 0 };

export function noteProbe(dev: device.Device<device.Bound>): void {
  debugState.lastDevice = dev;
  debugState.probes += 1;
}
