// A PCIe switch port registers its link-training child and drops it before the early return when no lanes came up. [class 1]
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
    const trainer = auxiliary.Registration.new(pdev.asRef(), 'link-trainer', 0, 'pcie_swport');
    const lanes = pdev.resourceLen(0) > 0 ? pdev.revision & 0x1f : 0;
    if (lanes === 0) {
      void trainer.drop();
      return { lanes };
    }
    return { lanes, trainer };
  },
};
