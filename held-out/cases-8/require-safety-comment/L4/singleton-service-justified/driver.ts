// A PCI sound card records its name in an imported singleton through an @unsafe method, with a SAFETY comment at the chained call.
import type { device, pci } from '@bindsafe/kernel';
import { NameRegistry } from './registry.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal>; readonly slot: number }> = {
  name: 'held8-sound-singleton',
  idTable: [{ vendor: 0x1102, device: 0x0004 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    // SAFETY: probe runs with the card bound; remember() only reads the name.
    const slot = NameRegistry.shared().remember(handle);
    return { handle, slot };
  },
  unbind(pdev, data) {
    NameRegistry.shared().forget(pdev.name);
  },
};
