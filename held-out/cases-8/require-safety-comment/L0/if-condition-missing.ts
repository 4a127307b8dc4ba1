// A PCI watchdog checks its bound name inside an if condition in unbind without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

type WatchdogData = { readonly handle: device.Device<device.Normal>; readonly timeoutMs: number };

export const driver: pci.Driver<WatchdogData> = {
  name: 'held8-watchdog-if',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), timeoutMs: 30_000 };
  },
  unbind(_pdev, data) {
    if (data.timeoutMs > 0 && data.handle.unsafeAsBound().name.length > 0) { // expect: bindsafe/require-safety-comment
      data.handle.info('watchdog: disarmed');
    }
  },
};
