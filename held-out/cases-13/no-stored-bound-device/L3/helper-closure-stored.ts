// A PCI GPIO expander driver gets a reset closure from a same-file factory that closes over its BAR, and keeps the closure in a module-level hook. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

type ResetHook = () => void;

let emergencyReset: ResetHook | undefined;

function makeReset(bar: pci.Bar, mask: number): ResetHook {
  return () => bar.write32(mask, 0x18);
}

export function panicReset(): void {
  emergencyReset?.();
}

class ExpanderData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly lines: number) {}
}

export const expanderDriver: pci.Driver<ExpanderData> = {
  name: 'pch_gpio_lite',
  idTable: [{ vendor: 0x8086, device: 0x8803 }],
  probe(pdev: pci.Device<device.Core>) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(1, 'pch_gpio');
    const bar = regs.access(pdev.asRef());
    emergencyReset = makeReset(bar, 0xfff); // expect: bindsafe/no-stored-bound-device
    return new ExpanderData(regs, 12);
  },
};
