// A PCI sensor hub keeps its Bar in a static field of a class so a diagnostics page can find it.
import type { pci } from '@bindsafe/kernel';

class HubDiagnostics {
  static current: pci.Bar | undefined;
  static readonly title = 'sensor hub';
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-hub-static',
  idTable: [{ vendor: 0x8086, device: 0x9d35 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(0, 'hub').access(pdev.asRef());
    HubDiagnostics.current = bar; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
