// A FinalizationRegistry and a WeakRef given only a Device<Normal> handle and a string. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

const gone = new FinalizationRegistry<string>((label) => console.log(`${label} collected`));
let lastHandle: WeakRef<pci.Device> | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-finreg',
  idTable: [{ vendor: 0x1af4, device: 0x1114 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    gone.register(handle, pdev.name);
    lastHandle = new WeakRef(handle);
    return { regs: pdev.iomapRegion(0, 'held2-nsbd-finreg') };
  },
};

export const lastName = (): string | undefined => lastHandle?.deref()?.name;
