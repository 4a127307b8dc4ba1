// A PCI hub's rest-parameter helper justifies each unsafeAsBound() in its loop; the caller passes handles spread from the data.
import type { device, pci } from '@bindsafe/kernel';

function longestName(...handles: device.Device<device.Normal>[]): string {
  let best = '';
  for (const handle of handles) {
    // SAFETY: only called from unbind of the hub, whose handles all name the bound hub.
    const name = handle.unsafeAsBound().name;
    if (name.length > best.length) best = name;
  }
  return best;
}

export const driver: pci.Driver<{ readonly ports: readonly device.Device<device.Normal>[] }> = {
  name: 'held8-hub-rest',
  idTable: [{ vendor: 0x1912, device: 0x0014 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { ports: [handle, handle] };
  },
  unbind(_pdev, data) {
    data.ports[0]?.info(`hub: ${longestName(...data.ports)} gone`);
  },
};
