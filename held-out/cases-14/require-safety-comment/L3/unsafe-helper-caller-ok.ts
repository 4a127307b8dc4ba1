// A platform clock tree keeps an @unsafe same-file helper; the switch case that calls it justifies it. [class 3]
import type { device } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound while the call runs. */
function rateLine(dev: device.Device, hz: number): string {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  const name = dev.unsafeAsBound().name;
  return `${name}: ${hz >= 1e6 ? `${hz / 1e6} MHz` : `${hz} Hz`}`;
}

export enum ClkEvent { Enable = 'enable', Disable = 'disable', Teardown = 'teardown' }

export const describeEvent = (dev: device.Device, ev: ClkEvent, hz = 0): string => {
  switch (ev) {
    case ClkEvent.Enable:
    case ClkEvent.Disable:
      return `${ev} ${dev.name}`;
    case ClkEvent.Teardown:
      // SAFETY: `Teardown` is only raised from the provider's destructor, while it is bound.
      return `teardown ${rateLine(dev, hz)}`;
  }
};
