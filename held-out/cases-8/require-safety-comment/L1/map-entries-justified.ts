// A PCI switch keeps port handles in a Map in its data and justifies each unsafeAsBound() in a destructuring loop.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly ports: ReadonlyMap<number, device.Device<device.Normal>> }> = {
  name: 'held8-switch-map',
  idTable: [{ vendor: 0x11ab, device: 0x6820 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { ports: new Map([[0, handle], [1, handle]]) };
  },
  unbind(_pdev, data) {
    for (const [port, handle] of data.ports) {
      // SAFETY: every port handle is the switch itself, bound during its unbind.
      const bound = handle.unsafeAsBound();
      bound.info(`switch: port ${port} down`);
    }
  },
};
