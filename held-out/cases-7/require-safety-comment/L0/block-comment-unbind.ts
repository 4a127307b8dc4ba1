// A platform watchdog logs a final message in unbind through its stored handle, as bound, under a `/* SAFETY: */` block comment.
import type { device, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly handle: device.Device;
  readonly timeoutSecs: number;
}

export const driver: platform.Driver<WdtData> = {
  name: 'held-wdt-block-safety',
  idTable: [{ compatible: 'vendor,wdt' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), timeoutSecs: 30 };
  },
  unbind(_pdev, data) {
    /* SAFETY: unbind runs before the binding ends, so the device behind the handle is still
       bound here, and the Device<Bound> is not kept past this statement. */
    data.handle.unsafeAsBound().info(`watchdog stopped (timeout ${data.timeoutSecs}s)`);
  },
};
