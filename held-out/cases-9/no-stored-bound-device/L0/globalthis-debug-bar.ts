// A PCI crypto engine exposes its Bar on globalThis for a debug console.
import type { pci } from '@bindsafe/kernel';

interface DebugGlobals {
  __cryptoBar?: pci.Bar;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-crypto-global',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(2, 'ccp').access(pdev.asRef());
    if (process.env['CCP_DEBUG'] === '1') {
      (globalThis as DebugGlobals).__cryptoBar = bar; // expect: bindsafe/no-stored-bound-device
    }
    return { bar };
  },
};
