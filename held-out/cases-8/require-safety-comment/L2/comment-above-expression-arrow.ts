// A PCI GPIO expander writes its expression-bodied callback on its own line with a SAFETY comment directly above it.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly pins: ReadonlyMap<string, device.Device<device.Normal>> }> = {
  name: 'held8-gpio-arrow-line',
  idTable: [{ vendor: 0x1ab8, device: 0x0001 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { pins: new Map([['reset', handle], ['irq', handle]]) };
  },
  unbind(_pdev, data) {
    data.pins.forEach(
      // SAFETY: each pin handle is the expander, bound until unbind returns.
      (pin, label) => pin.unsafeAsBound().info(`gpio: release ${label}`),
    );
  },
};
