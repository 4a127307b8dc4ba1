// A PCI mux calls a helper that fills a local object made in probe, then returns that object as data.
import type { device, pci } from '@bindsafe/kernel';
interface MuxData { bar?: pci.Bar; ways: number }
function attach(target: MuxData, b: pci.Bar): void {
  target.bar = b;
  target.ways = b.read8(0);
}
export const driver: pci.Driver<MuxData> = {
  name: 'h10-mux-fill',
  idTable: [{ vendor: 0x1af4, device: 0x1013 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-mux-fill').access(pdev.asRef());
    const data: MuxData = { ways: 0 };
    attach(data, bar);
    return data;
  },
};
