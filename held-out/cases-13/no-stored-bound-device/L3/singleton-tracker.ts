// A PCI crypto card driver hands its BAR to a lazily created singleton Tracker (instance ??= new Tracker()) that remembers the BARs of all cards. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

class Tracker {
  readonly #bars = new Set<pci.Bar>();
  track(bar: pci.Bar): this {
    this.#bars.add(bar);
    return this;
  }
  get size(): number {
    return this.#bars.size;
  }
}

let instance: Tracker | undefined;

function tracker(): Tracker {
  return (instance ??= new Tracker());
}

class CcpData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly queues: number) {}
}

export const ccpDriver: pci.Driver<CcpData> = {
  name: 'ccp_lite',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev: pci.Device<device.Core>) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(2, 'ccp');
    const bar = regs.access(pdev.asRef());
    tracker().track(bar); // expect: bindsafe/no-stored-bound-device
    return new CcpData(regs, bar.read32(0x38) & 0x1f);
  },
};
