// A PCI crypto accelerator records its retired queue names through Array.prototype.push.call in unbind [class 8]
import type { devres, pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly queues: ReadonlyMap<string, number>;
  readonly retired: string[];
}

export const cryptoAccel: pci.Driver<CryptoData> = {
  name: 'crypto-accel',
  idTable: [{ vendor: 0x177d, device: 0xa018 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'crypto-accel');
    const queues = new Map<string, number>([['aes', 0x100], ['sha', 0x200]]);
    return { bar, queues, retired: [] };
  },
  unbind(pdev, data) {
    const bar = data.bar.access(pdev.asRef());
    for (const [name, offset] of data.queues) {
      bar.write32(0, offset);
      Array.prototype.push.call(data.retired, name); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
