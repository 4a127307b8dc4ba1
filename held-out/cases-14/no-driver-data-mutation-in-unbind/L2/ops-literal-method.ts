// A PCI FPGA manager gathers teardown steps as methods of a local object literal in unbind; one of them zeroes a bitstream counter of the data. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Bitstream { loads: number; readonly name: string }

class FpgaData {
  readonly bitstream: Bitstream = { loads: 0, name: 'base.bit' };
  constructor(readonly cfg: devres.Devres<pci.Bar>) {}
  get loaded(): boolean {
    return this.bitstream.loads > 0;
  }
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'acc-fpga',
  idTable: [{ vendor: 0x10ee, device: 0x9038 }],
  probe: (pdev) => new FpgaData(pdev.iomapRegion(0, 'acc-fpga')),
  unbind(pdev, data) {
    const teardown = {
      gate(): void {
        data.cfg.access(pdev.asRef()).write32(0, 0x0);
      },
      forget(): void {
        data.bitstream.loads = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
      },
    };
    teardown.gate();
    if (data.loaded) teardown.forget();
  },
};
