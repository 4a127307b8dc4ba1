// A PCI FPGA card groups its child and BAR in a local object and spreads it into the driver data. [class 4, class 6]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface FpgaCard {
  readonly regs: devres.Devres<pci.Bar>;
  readonly manager: auxiliary.Registration;
  readonly bitstream: string;
}

export const fpgaDriver: pci.Driver<FpgaCard> = {
  name: 'fpga-mgr-lite',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const parts = {
      regs: pdev.iomapRegion(0, 'fpga/bar0'),
      manager: auxiliary.Registration.new(pdev.asRef(), 'fpga-manager', 0, 'fpga_mgr_lite'),
    };
    return { ...parts, bitstream: 'none' };
  },
};
