// An auxiliary IOMMU client declares a nested function in unbind that deletes domain owners from the data's Map. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

interface IommuData {
  readonly owners: Map<number, string>;
}

export const iommuDriver: auxiliary.Driver<IommuData> = {
  name: 'h11-iommu-client',
  idTable: [{ modname: 'h11_soc', name: 'iommu' }],

  probe() {
    return { owners: new Map([[1, 'gpu'], [2, 'vpu']]) };
  },

  unbind(adev, data) {
    function forget(domain: number): void {
      data.owners.delete(domain); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
    let domain = 1;
    do {
      forget(domain);
      domain++;
    } while (domain <= 2);
    adev.asRef().info('iommu: domains detached');
  },
};
