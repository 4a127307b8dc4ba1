// A PCI firmware loader hands its blob cache to a same-file helper that only calls the cache's own close() method. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class BlobCache {
  readonly #blobs = new Map<string, number>();
  #sealed = false;

  load(name: string, size: number): void {
    if (!this.#sealed) this.#blobs.set(name, size);
  }

  close(): string[] {
    this.#sealed = true;
    const names = [...this.#blobs.keys()];
    this.#blobs.clear();
    return names;
  }
}

interface FwData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly cache: BlobCache;
}

function shutdown(cache: BlobCache): number {
  return cache.close().length;
}

export const fwDriver: pci.Driver<FwData> = {
  name: 'fwload-lite',
  idTable: [{ vendor: 0x8086, device: 0x7a70 }],
  probe(pdev) {
    const cache = new BlobCache();
    cache.load('iwlwifi-ucode', 1024);
    return { bar: pdev.iomapRegion(0, 'fwload-lite'), cache };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x40);
    pdev.asRef().info(`fwload-lite: ${shutdown(data.cache)} blobs released`);
  },
};
