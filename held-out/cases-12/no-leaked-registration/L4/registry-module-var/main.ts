// A PCI watchdog multiplexer files its watchdog child in another module's module-level registry. [class 6]
import type { pci } from '@bindsafe/kernel';
import { registerWatchdog } from './registry.js';

export const wdtMuxDriver: pci.Driver<{ readonly child: string }> = {
  name: 'wdt-mux',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const child = registerWatchdog(pdev.asRef(), pdev.name); // expect: bindsafe/no-leaked-registration
    return { child };
  },
};
