// A PCI NVMe-like controller driver exposes its doorbell BAR on globalThis for a debugger console. [class 8]
import type { device, devres, pci } from '@bindsafe/kernel';

declare global {
  var nvmeDoorbells: pci.Bar | undefined;
}

class NvmeController {
  readonly #regs: devres.Devres<pci.Bar>;
  constructor(regs: devres.Devres<pci.Bar>, readonly queueDepth: number) {
    this.#regs = regs;
  }
  get regs(): devres.Devres<pci.Bar> {
    return this.#regs;
  }
}

class NvmeDriver implements pci.Driver<NvmeController> {
  readonly name = 'nvme-lite';
  readonly idTable = [{ vendor: 0x144d, device: 0xa808 }] as const;

  probe(pdev: pci.Device<device.Core>): NvmeController {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'nvme');
    const bar = regs.access(pdev.asRef());
    const cap = bar.read32(0x00);
    globalThis.nvmeDoorbells = bar; // expect: bindsafe/no-stored-bound-device
    return new NvmeController(regs, (cap & 0xffff) + 1);
  }
}

export default new NvmeDriver();
