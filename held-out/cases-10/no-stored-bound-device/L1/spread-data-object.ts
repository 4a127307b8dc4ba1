// A PCI ISP builds its driver data from a spread of a local base object holding the BAR.
import type { device, pci } from '@bindsafe/kernel';
interface IspData { readonly bar: pci.Bar; readonly lanes: number; readonly mode: 'raw' | 'yuv' }
export const driver: pci.Driver<IspData> = {
  name: 'h10-isp-spread',
  idTable: [{ vendor: 0x1af4, device: 0x1040 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-isp-spread').access(pdev.asRef());
    const base = { bar, lanes: 2 };
    return { ...base, mode: 'raw' };
  },
};
