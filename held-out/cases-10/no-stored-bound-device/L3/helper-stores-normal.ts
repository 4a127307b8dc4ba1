// A PCI NPU helper converts to a Device<Normal> handle before storing it in a module Map.
import type { device, pci } from '@bindsafe/kernel';
const npus = new Map<string, pci.Device>();
function index(dev: pci.Device<device.Core>): void {
  npus.set(dev.name, dev.toNormal());
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-npu-norm',
  idTable: [{ vendor: 0x1af4, device: 0x1022 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-npu-norm').access(pdev.asRef());
    index(pdev);
    return { bar };
  },
};
