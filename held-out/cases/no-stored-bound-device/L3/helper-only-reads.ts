// Helpers that only read the device and the Bar during the call.
import type { device, devres, pci } from '@bindsafe/kernel';

function logIds(pdev: pci.Device<device.Bound>): void {
  pdev.asRef().info(`${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)}`);
}

function selfTest(bar: pci.Bar): boolean {
  bar.write32(0xa5a5a5a5, 0x40);
  return bar.read32(0x40) === 0xa5a5a5a5;
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly healthy: boolean }> = {
  name: 'held-l3-reads',
  idTable: [{ vendor: 0x1b36, device: 0x0042 }],
  probe(pdev) {
    logIds(pdev);
    const regs = pdev.iomapRegion(0, 'held-l3-reads');
    return { regs, healthy: selfTest(regs.access(pdev.asRef())) };
  },
};
