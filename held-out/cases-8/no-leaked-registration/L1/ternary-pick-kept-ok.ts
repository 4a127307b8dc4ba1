// A PHY picks a fast or slow MDIO child with a ternary and keeps whichever it made. [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface PhyInfo {
  readonly fast: boolean;
}

interface PhyData {
  readonly mdio: auxiliary.Registration;
}

export const phyDriver: pci.Driver<PhyData, PhyInfo> = {
  name: 'held8-phy2',
  idTable: [{ vendor: 0x11ab, device: 0x4381 }],
  probe(pdev, info) {
    const mdio = info?.fast
      ? auxiliary.Registration.new(pdev.asRef(), 'mdio-fast', 0, 'held8_phy2')
      : auxiliary.Registration.new(pdev.asRef(), 'mdio-slow', 0, 'held8_phy2');
    return { mdio };
  },
};
