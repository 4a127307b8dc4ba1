// A PWM driver attaches its Bar to the data object probe created, through a same-file helper.
import type { pci } from '@bindsafe/kernel';

interface PwmData {
  regs?: pci.Bar;
  periodNs: number;
}

function attach(data: PwmData, regs: pci.Bar): void {
  data.regs = regs;
  data.periodNs = regs.read32(0x04);
}

export const driver: pci.Driver<PwmData> = {
  name: 'held-pwm-attach',
  idTable: [{ vendor: 0x8086, device: 0x4b2a }],
  probe(pdev) {
    const data: PwmData = { periodNs: 0 };
    attach(data, pdev.iomapRegion(0, 'pwm').access(pdev.asRef()));
    return data;
  },
};
