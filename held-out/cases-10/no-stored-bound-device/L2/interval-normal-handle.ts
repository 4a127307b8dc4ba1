// A PCI telemetry driver polls with setInterval over a Device<Normal> handle only.
import type { device, pci } from '@bindsafe/kernel';
const seenNames: string[] = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-tele-normal',
  idTable: [{ vendor: 0x1af4, device: 0x1010 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-tele-normal').access(pdev.asRef());
    const handle = pdev.toNormal();
    setInterval(() => seenNames.push(handle.name), 5000);
    return { bar };
  },
};
