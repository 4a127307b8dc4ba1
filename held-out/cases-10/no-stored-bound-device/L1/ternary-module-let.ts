// A PCI NVMe-lite picks the admin or io BAR with a ternary and stores it in a module let.
import type { device, pci } from '@bindsafe/kernel';
let doorbell: pci.Bar | undefined;
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-nvme-tern',
  idTable: [{ vendor: 0x1af4, device: 0x1039 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-nvme-tern').access(pdev.asRef());
    const io = pdev.iomapRegion(2, 'io').access(pdev.asRef());
    const db = bar.read8(0) === 1 ? io : bar;
    doorbell = db; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
