// A PCI NIC destructures its descriptor ring from the data and truncates it through the alias. [class 6]
import type { device, pci } from '@bindsafe/kernel';

interface Descriptor {
  readonly addr: number;
  readonly len: number;
}

interface NicData {
  readonly ring: Descriptor[];
  readonly mtu: number;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'h11-eth',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],

  probe(pdev: pci.Device<device.Core>): NicData {
    pdev.enableDeviceMem();
    return { ring: [{ addr: 0x1000, len: 64 }], mtu: 1500 };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<NicData>): void {
    const { ring, mtu } = data;
    pdev.asRef().info(`eth: mtu ${mtu}, ${ring.length} descriptors outstanding`);
    ring.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
