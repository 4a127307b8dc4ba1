// A PCI card runs a probe-time bus scan through a temporary child whose drop a `using` DisposableStack defers. [class 1, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const scanDriver: pci.Driver<{ readonly scanned: string }> = {
  name: 'i2c-scan-card',
  idTable: [{ vendor: 0x1b36, device: 0x0012 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    using cleanup = new DisposableStack();
    const scanner = auxiliary.Registration.new(pdev.asRef(), 'i2c-scan', 0, 'i2c_scan_card');
    cleanup.defer(() => void scanner.drop());
    return { scanned: scanner.name };
  },
};
