// A PCIe switch port registers its link-training child, then returns early without it when no lanes came up. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SwitchPort {
  readonly lanes: number;
  readonly trainer?: auxiliary.Registration;
}

export const switchPortDriver: pci.Driver<SwitchPort> = {
  name: 'pcie-swport',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const trainer = auxiliary.Registration.new(pdev.asRef(), 'link-trainer', 0, 'pcie_swport'); // expect: bindsafe/no-leaked-registration
    const lanes = pdev.resourceLen(0) > 0 ? pdev.revision & 0x1f : 0;
    if (lanes === 0) return { lanes };
    return { lanes, trainer };
  },
};
