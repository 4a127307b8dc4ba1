// A PCIe PHY's driver data is a class instance whose parameter property holds the lane child.
import { auxiliary, type pci } from '@bindsafe/kernel';

class PhyData {
  constructor(
    readonly lanes: auxiliary.Registration,
    readonly width: number,
  ) {}

  get label(): string {
    return `${this.lanes.name} x${this.width}`;
  }
}

export const phyDriver: pci.Driver<PhyData> = {
  name: 'held7-phy',
  idTable: [{ vendor: 0x17cb, device: 0x0108 }],
  probe(pdev) {
    const lanes = auxiliary.Registration.new(pdev.asRef(), 'phy-lanes', 0, 'held7_phy');
    return new PhyData(lanes, 4);
  },
};
