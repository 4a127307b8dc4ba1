// A PCI IOMMU, written as a class driver, counts unbinds on the driver object and only reads the data. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

interface IommuData {
  readonly mmio: devres.Devres<pci.Bar>;
  readonly mappings: Record<string, number>;
}

export class IommuDriver implements pci.Driver<IommuData> {
  readonly name = 'iommu-lite';
  readonly idTable = [{ vendor: 0x1022, device: 0x1481 }] as const;
  unbinds = 0;
  lastDomains: string[] = [];

  probe(pdev: pci.Device<device.Core>): IommuData {
    const mmio = pdev.iomapRegion(0, 'iommu-lite');
    const mappings: Record<string, number> = { dma0: 0x1000, dma1: 0x2000 };
    return { mmio, mappings };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<IommuData>): void {
    this.unbinds++;
    this.lastDomains = Object.keys(data.mappings);
    const bar = data.mmio.access(pdev.asRef());
    for (const domain of this.lastDomains) {
      bar.write32(data.mappings[domain] ?? 0, 0x108);
      bar.write32(0, 0x100);
    }
  }
}
