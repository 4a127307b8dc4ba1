// A PCI codec builds data with Object.assign of a partial and a source holding the Bound owner.
import type { device, pci } from '@bindsafe/kernel';
interface CodecData { owner: pci.Device<device.Bound>; bar: pci.Bar; rate: number }
export const driver: pci.Driver<CodecData> = {
  name: 'h10-codec-assign',
  idTable: [{ vendor: 0x1af4, device: 0x1023 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-codec-assign').access(pdev.asRef());
    const partial = { rate: 48000 };
    return Object.assign(partial, { owner: pdev, bar });
  },
};
