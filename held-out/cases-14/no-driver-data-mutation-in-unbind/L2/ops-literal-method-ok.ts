// A PCI FPGA manager gathers teardown steps as methods and a getter of a local object literal in unbind; they gate the hardware and keep their own tally. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class FpgaData {
  #loads = 0;
  constructor(readonly cfg: devres.Devres<pci.Bar>) {}
  get loads(): number {
    return this.#loads;
  }
  load(): void {
    this.#loads++;
  }
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'acc-fpga-ok',
  idTable: [{ vendor: 0x10ee, device: 0x9039 }],
  probe(pdev) {
    const data = new FpgaData(pdev.iomapRegion(0, 'acc-fpga-ok'));
    data.load();
    return data;
  },
  unbind(pdev, data) {
    const teardown = {
      steps: 0,
      get summary(): string {
        return `${this.steps} steps after ${data.loads} loads`;
      },
      gate(): void {
        data.cfg.access(pdev.asRef()).write32(0, 0x0);
        this.steps++;
      },
    };
    teardown.gate();
    pdev.asRef().info(`acc-fpga-ok: ${teardown.summary}`);
  },
};
