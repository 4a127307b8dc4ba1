// unbind passes the data's ring window to a same-file helper that rewinds it by assigning its fields. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Window {
  head: number;
  tail: number;
}

function rewind(win: Window): number {
  const dropped = win.tail - win.head;
  win.head = win.tail = 0;
  return dropped;
}

interface Ring {
  readonly regs: devres.Devres<pci.Bar>;
  readonly window: Window;
}

export const ringDriver: pci.Driver<Ring> = {
  name: 'held5c-ring',
  idTable: [{ vendor: 0x15b3, device: 0x101b }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held5c-ring'), window: { head: 0, tail: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x30);
    const dropped = rewind(data.window); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`held5c-ring: ${dropped} entries dropped`);
  },
};
