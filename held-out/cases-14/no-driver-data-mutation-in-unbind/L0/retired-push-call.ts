// A PCI crypto engine keeps a list of retired queue names; unbind appends through Array.prototype.push.call. [class 8]
import type { devres, pci } from '@bindsafe/kernel';

export class CryptoEngine {
  readonly retired: string[] = [];
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly queues: readonly string[]) {}
  get queueCount(): number {
    return this.queues.length;
  }
}

export const cryptoDriver: pci.Driver<CryptoEngine> = {
  name: 'acc-crypto',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev) {
    return new CryptoEngine(pdev.iomapRegion(2, 'acc-crypto/bar2'), ['aes', 'sha']);
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    Array.prototype.push.call(data.retired, `${data.queueCount} queues`); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
