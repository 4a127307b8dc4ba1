// [class 7] A PCI GPIO expander registers a closure over the Device<Core> in a module callback list.
import type { device, pci } from '@bindsafe/kernel';
const resumeHooks: Array<() => void> = [];
export const resumeAll = (): void => resumeHooks.forEach((h) => h());
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-gpio-cbs',
  idTable: [{ vendor: 0x1af4, device: 0x1023 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-gpio-cbs').access(pdev.asRef());
    const hook = (): void => pdev.enableDeviceMem();
    resumeHooks.push(hook); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
