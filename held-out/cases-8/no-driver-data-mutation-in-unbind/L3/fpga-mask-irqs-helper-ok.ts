// A PCI FPGA card quiesces its hardware through a same-file helper that writes to the BAR it is given for the call.
import type { device, devres, pci } from '@bindsafe/kernel';

interface FpgaData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly regions: number;
}

const IRQ_MASK = 0x10;
const CTRL = 0x00;

function maskAndHalt(bar: pci.Bar, regions: number): void {
  bar.write32(0xffff_ffff, IRQ_MASK);
  for (let r = 0; r < regions; r++) bar.write32(0, CTRL + 4 * (r + 1));
  bar.write32(0, CTRL);
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'h8-fpga',
  idTable: [{ vendor: 0x10ee, device: 0x7021 }],
  probe(pdev: pci.Device<device.Core>): FpgaData {
    pdev.enableDeviceMem();
    return { regs: pdev.iomapRegion(0, 'h8-fpga/bar0'), regions: 2 };
  },
  unbind(pdev, data) {
    maskAndHalt(data.regs.access(pdev.asRef()), data.regions);
  },
};
