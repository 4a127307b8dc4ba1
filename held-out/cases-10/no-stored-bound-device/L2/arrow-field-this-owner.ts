// A PCI mailbox data method reads its device from this.owner (Device<Bound>), not a capture.
import type { device, pci } from '@bindsafe/kernel';
interface MboxData { readonly owner: pci.Device<device.Bound>; readonly bar: pci.Bar; ring(this: MboxData, v: number): void }
export const driver: pci.Driver<MboxData> = {
  name: 'h10-mbox-this',
  idTable: [{ vendor: 0x1af4, device: 0x1020 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-mbox-this').access(pdev.asRef());

    return {
      owner: pdev,
      bar,
      ring(v: number) {
        this.bar.write32(v, 0);
        if (v === 0) throw new Error(`idle ring on ${this.owner.name}`);
      },
    };
  },
};
