// A PCI IOMMU concatenates its two domain lists into a fresh array and appends a marker to that new array.
import type { device, pci } from '@bindsafe/kernel';

interface IommuData {
  readonly identityDomains: string[];
  readonly dmaDomains: string[];
}

export const iommuDriver: pci.Driver<IommuData> = {
  name: 'h8-iommu',
  idTable: [{ vendor: 0x8086, device: 0x9a09 }],
  probe(_pdev: pci.Device<device.Core>): IommuData {
    return { identityDomains: ['boot'], dmaDomains: ['gpu', 'nvme'] };
  },
  unbind(pdev, data) {
    const all = data.identityDomains.concat(data.dmaDomains);
    all.push('<end>');
    const live = all.filter((d) => d !== '<end>');
    pdev.asRef().info(`h8-iommu: tearing down ${live.length} domains`);
  },
};
