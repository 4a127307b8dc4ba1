// A platform IOMMU defines a local arrow in unbind that builds and fills its own summary Map from the data's domains. [class 7]
import type { platform } from '@bindsafe/kernel';

class IommuData {
  readonly domains = new Map<number, string>();
  get mapped(): number {
    return this.domains.size;
  }
}

export const iommuDriver: platform.Driver<IommuData> = {
  name: 'acc-iommu-ok',
  idTable: [{ compatible: 'acme,iommu-v2' }],
  probe() {
    const data = new IommuData();
    data.domains.set(1, 'dma');
    return data;
  },
  unbind(pdev, data) {
    const summarize = (): Map<string, number> => {
      const byKind = new Map<string, number>();
      for (const kind of data.domains.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      return byKind;
    };
    const summary = summarize();
    summary.delete('dma');
    pdev.asRef().info(`acc-iommu-ok: ${data.mapped} domains, ${summary.size} non-dma kinds`);
  },
};
