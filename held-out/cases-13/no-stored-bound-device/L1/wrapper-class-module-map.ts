// A PCI FPGA loader driver wraps its bound device and config BAR in its own MmioWindow class and files the window in a module-level map. [class 4]
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

const windows = new Map<string, MmioWindow>();

class FpgaManager {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly bitstreamVersion: number) {}
}

export const fpgaDriver: pci.Driver<FpgaManager> = {
  name: 'altera_cvp',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const dev = pdev.asRef();
    const regs = pdev.iomapRegion(0, 'cvp');
    const window = new MmioWindow(dev, regs.access(dev), 0x100);
    const version = window.read(0);
    windows.set(pdev.name, window); // expect: bindsafe/no-stored-bound-device
    return new FpgaManager(regs, version);
  },
};
