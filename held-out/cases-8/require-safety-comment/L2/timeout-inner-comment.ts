// A PCI fan controller schedules a spin-down with setTimeout; the callback justifies unsafeAsBound() with its own SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-fan-timeout',
  idTable: [{ vendor: 0x1d6a, device: 0x07b1 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    setTimeout(() => {
      if (handle.name.length === 0) return;
      // SAFETY: probe succeeded before the timer fires; the bound view is only used for this log line.
      handle.unsafeAsBound().info('fan: spin-down check');
    }, 250);
    return { handle };
  },
};
