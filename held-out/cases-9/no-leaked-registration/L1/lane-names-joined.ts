// A PCIe switch makes two port children in an array literal and keeps only their names joined into one string.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SwitchData {
  readonly portList: string;
}

export const switchDriver: pci.Driver<SwitchData> = {
  name: 'held9-switch',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    const ports = [
      auxiliary.Registration.new(pdev.asRef(), 'port', 0, 'held9_switch'), // expect: bindsafe/no-leaked-registration
      auxiliary.Registration.new(pdev.asRef(), 'port', 1, 'held9_switch'), // expect: bindsafe/no-leaked-registration
    ];
    const portList = ports.map((p) => p.name).join(',');
    return { portList };
  },
};
