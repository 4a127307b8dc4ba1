// A PCI bridge helper with a default parameter stores its argument in a module Map.
import type { device, pci } from '@bindsafe/kernel';
const windows = new Map<string, pci.Bar>();
function publish(b: pci.Bar, key = 'default'): void {
  windows.set(key, b);
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-brg-default',
  idTable: [{ vendor: 0x1af4, device: 0x1055 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-brg-default').access(pdev.asRef());
    publish(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
