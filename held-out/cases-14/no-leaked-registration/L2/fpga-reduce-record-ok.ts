// An FPGA manager reduces its region table into a Record of children that the driver data owns. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const REGIONS = [
  { id: 0, name: 'static' },
  { id: 1, name: 'partial' },
] as const;

interface FpgaData {
  readonly regions: Record<string, auxiliary.Registration>;
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'fpga-mgr',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const regions = REGIONS.reduce<Record<string, auxiliary.Registration>>((acc, { id, name }) => {
      acc[name] = auxiliary.Registration.new(parent, name, id, 'fpga_mgr');
      return acc;
    }, {});
    return { regions };
  },
};
