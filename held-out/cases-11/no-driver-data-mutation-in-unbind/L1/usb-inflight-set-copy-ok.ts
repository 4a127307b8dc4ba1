// A PCI USB host copies its in-flight URB Set with the Set constructor and prunes only the copy.
import type { device, pci } from '@bindsafe/kernel';

interface XhciData {
  readonly inflight: ReadonlySet<number>;
}

export const xhciDriver: pci.Driver<XhciData> = {
  name: 'h11-xhci',
  idTable: [{ vendor: 0x1033, device: 0x0194 }],

  probe(pdev: pci.Device<device.Core>): XhciData {
    pdev.setMaster();
    return { inflight: new Set([0, 7, 9]) };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<XhciData>): void {
    const remaining = new Set(data.inflight);
    remaining.delete(0);
    if (remaining.size > 0) pdev.asRef().info(`xhci: ${remaining.size} URBs never completed`);
  },
};
