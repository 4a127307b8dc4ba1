// A PCI thermal sensor defers a final reading to a timer; the SAFETY comment sits inside the callback above the unsafe statement.
import type { device, devres, pci } from '@bindsafe/kernel';

interface ThermalData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

export function scheduleFinalRead(data: ThermalData, report: (mc: number) => void): void {
  setTimeout(() => {
    // SAFETY: the timer is armed from unbind with a zero delay and the core runs it before unbinding.
    const dev = data.handle.unsafeAsBound();
    report(data.regs.access(dev).read32(0x40));
  }, 0);
}

export const thermalDriver: pci.Driver<ThermalData> = {
  name: 'h9-thermal',
  idTable: [{ vendor: 0x8086, device: 0x1903 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'thermal') };
  },
};
