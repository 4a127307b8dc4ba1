// A PCI watchdog keeps the Bar of its "primary" mode in a module variable chosen by an enum switch.
import type { pci } from '@bindsafe/kernel';

enum WdtMode {
  Primary = 'primary',
  Secondary = 'secondary',
}

let primaryWindow: pci.Bar | undefined;

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly mode: WdtMode }, WdtMode> = {
  name: 'held-wdt-mode',
  idTable: [{ vendor: 0x8086, device: 0x25ab, info: WdtMode.Primary }],
  probe(pdev, info) {
    const bar = pdev.iomapRegion(0, 'wdt').access(pdev.asRef());
    const mode = info ?? WdtMode.Secondary;
    switch (mode) {
      case WdtMode.Primary:
        primaryWindow = bar; // expect: bindsafe/no-stored-bound-device
        break;
      case WdtMode.Secondary:
        bar.write32(0, 0x08);
        break;
    }
    return { bar, mode };
  },
};
