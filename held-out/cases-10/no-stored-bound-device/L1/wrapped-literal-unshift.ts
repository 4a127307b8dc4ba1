// A PCI capture card wraps its Device<Core> in an object literal and unshifts it into a module queue.
import type { device, pci } from '@bindsafe/kernel';
interface Pending { readonly dev: pci.Device<device.Core>; readonly at: number }
const pending: Pending[] = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-cap-wrap',
  idTable: [{ vendor: 0x1af4, device: 0x1035 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-cap-wrap').access(pdev.asRef());
    const entry: Pending = { dev: pdev, at: Date.now() };
    pending.unshift(entry); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
