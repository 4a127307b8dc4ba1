// A PHY picks a fast or slow MDIO child with a ternary but keeps only the chosen child's name. [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface PhyInfo {
  readonly fast: boolean;
}

interface PhyData {
  readonly mdio: string;
}

export const phyDriver: pci.Driver<PhyData, PhyInfo> = {
  name: 'held8-phy',
  idTable: [{ vendor: 0x11ab, device: 0x4380, info: { fast: true } }],
  probe(pdev, info) {
    const mdio = info?.fast
      ? auxiliary.Registration.new(pdev.asRef(), 'mdio-fast', 0, 'held8_phy') // expect: bindsafe/no-leaked-registration
      : auxiliary.Registration.new(pdev.asRef(), 'mdio-slow', 0, 'held8_phy'); // expect: bindsafe/no-leaked-registration
    return { mdio: mdio.name };
  },
};
