// A PCI codec calls a helper that builds the driver data object from the BAR and Bound owner.
import type { device, pci } from '@bindsafe/kernel';
interface CodecData { readonly owner: pci.Device<device.Bound>; readonly bar: pci.Bar }
function buildData(owner: pci.Device<device.Bound>, bar: pci.Bar): CodecData {
  return { owner, bar };
}
export const driver: pci.Driver<CodecData> = {
  name: 'h10-codec-build',
  idTable: [{ vendor: 0x1af4, device: 0x1010 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-codec-build').access(pdev.asRef());

    return buildData(pdev, bar);
  },
};
