// A PCI USB host controller driver reports a Device<Normal> handle of its device to the module-level telemetry service of another module. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';
import { telemetry } from './telemetry.js';

class XhciData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly ports: number) {}
}

export class XhciDriver implements pci.Driver<XhciData> {
  readonly name = 'xhci_pci_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0xa36d }];

  probe(pdev: pci.Device<device.Core>): XhciData {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'xhci');
    const ports = regs.access(pdev.asRef()).read32(0x04) >>> 24;
    telemetry.track(pdev.asRef().toNormal());
    return new XhciData(regs, ports);
  }
}
