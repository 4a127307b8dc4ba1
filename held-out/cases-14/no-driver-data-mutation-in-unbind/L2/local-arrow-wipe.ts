// A platform IOMMU defines a local arrow in unbind that forgets every mapped domain, then calls it. [class 7]
import type { platform } from '@bindsafe/kernel';

class IommuData {
  readonly domains = new Map<number, string>();
  get mapped(): number {
    return this.domains.size;
  }
}

export const iommuDriver: platform.Driver<IommuData> = {
  name: 'acc-iommu',
  idTable: [{ compatible: 'acme,iommu' }],
  probe() {
    const data = new IommuData();
    data.domains.set(1, 'dma');
    return data;
  },
  unbind(pdev, data) {
    const forgetAll = (): number => {
      const n = data.mapped;
      data.domains.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
      return n;
    };
    pdev.asRef().info(`acc-iommu: forgot ${forgetAll()} domains`);
  },
};
