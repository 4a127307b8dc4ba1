// A class-based PCI GPU driver counts its own unbinds and keeps a history of them in its own fields, leaving the data alone
import type { device, devres, pci } from '@bindsafe/kernel';

class GpuData {
  readonly fences = new Map<number, { signalled: boolean }>();
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
}

export class CountingGpuDriver implements pci.Driver<GpuData> {
  readonly name = 'counting-gpu';
  readonly idTable = [{ vendor: 0x1002, device: 0x73c0 }] as const;
  unbinds = 0;
  readonly #history: Array<[when: number, abandoned: number]> = [];

  probe(pdev: pci.Device<device.Core>): GpuData {
    return new GpuData(pdev.iomapRegion(0, 'counting-gpu'));
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<GpuData>): void {
    data.bar.access(pdev.asRef()).write32(0, 0x10);
    this.unbinds++;
    this.#history.push([Date.now(), data.fences.size]);
  }

  get history(): ReadonlyArray<readonly [number, number]> {
    return this.#history;
  }
}
