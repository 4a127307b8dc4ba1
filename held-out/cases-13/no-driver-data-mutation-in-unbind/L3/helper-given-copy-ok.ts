// A PCI NIC previews a rewind by handing a spread copy of its ring cursor record to the mutating helper
import type { devres, pci } from '@bindsafe/kernel';

interface Cursor {
  head: number;
  tail: number;
  readonly size: number;
}

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: Cursor;
}

function rewind(c: Cursor): Cursor {
  c.head = c.tail;
  return c;
}

export const previewNicOk: pci.Driver<NicData> = {
  name: 'preview-nic-ok',
  idTable: [{ vendor: 0x8086, device: 0x15ba }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'preview-nic-ok'), rx: { head: 2, tail: 9, size: 16 } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    const after = rewind({ ...data.rx });
    pdev.asRef().info(`preview-nic: head would move ${data.rx.head} -> ${after.head}`);
  },
};
