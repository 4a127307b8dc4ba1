// A PCI FPGA loader driver wraps its bound device and config BAR in its own MmioWindow class, kept in the driver data it returns. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

class MmioWindow {
  constructor(
    readonly owner: device.Device<device.Bound>,
    readonly bar: pci.Bar,
    readonly base = 0,
  ) {}
  read(offset: number): number {
    return this.bar.read32(this.base + offset);
  }
}

class FpgaManager {
  readonly #windows = new Map<string, MmioWindow>();
  constructor(readonly regs: devres.Devres<pci.Bar>, window: MmioWindow) {
    this.#windows.set('cvp', window);
  }
  version(): number {
    return this.#windows.get('cvp')?.read(0) ?? 0;
  }
}

export const fpgaDriver: pci.Driver<FpgaManager> = {
  name: 'altera_cvp',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const dev = pdev.asRef();
    const regs = pdev.iomapRegion(0, 'cvp');
    const window = new MmioWindow(dev, regs.access(dev), 0x100);
    return new FpgaManager(regs, window);
  },
};
