// A PCI LED driver fills a local variable in steps and returns it as driver data (Bound owner).
import type { device, pci } from '@bindsafe/kernel';
interface LedData { owner: pci.Device<device.Bound>; bar: pci.Bar; leds: number }
export const driver: pci.Driver<LedData> = {
  name: 'h10-led-local',
  idTable: [{ vendor: 0x1af4, device: 0x1049 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-led-local').access(pdev.asRef());
    const data: Partial<LedData> = {};
    const o = pdev;
    data.owner = o;
    data.bar = bar;
    data.leds = bar.read8(4);
    return data as LedData;
  },
};
