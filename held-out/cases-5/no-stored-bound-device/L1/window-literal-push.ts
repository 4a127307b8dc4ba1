// A PCI frame grabber wraps its BAR in a `{ bar, label }` window literal and pushes the wrapper into a module-level list. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface CaptureWindow {
  readonly bar: pci.Bar;
  readonly label: string;
}

const openWindows: CaptureWindow[] = [];

interface GrabberData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly label: string;
}

export const grabberDriver: pci.Driver<GrabberData> = {
  name: 'held-grabber',
  idTable: [{ vendor: 0x1131, device: 0x7160 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-grabber');
    const label = `grabber@${pdev.name}`;
    const window: CaptureWindow = { bar: regs.access(pdev.asRef()), label };
    openWindows.push(window); // expect: bindsafe/no-stored-bound-device
    return { regs, label };
  },
};

export function frameCounters(): number[] {
  return openWindows.map((w) => w.bar.read32(0x40));
}
