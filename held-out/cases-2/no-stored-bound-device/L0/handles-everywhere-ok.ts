// Handles may be kept anywhere: a Device<Normal>, a Devres container, in module state and WeakRefs. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

const handles: pci.Device[] = [];
let lastRegs: devres.Devres<pci.Bar> | undefined;
const refs = new Map<string, WeakRef<pci.Device>>();

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-handles',
  idTable: [{ vendor: 0x1af4, device: 0x1102 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-handles');
    const handle = pdev.toNormal();
    handles.push(handle);
    lastRegs ??= regs;
    refs.set(handle.name, new WeakRef(handle));
    return { regs };
  },
};

export function lastStatus(): number | undefined {
  return lastRegs?.tryAccessWith((bar) => bar.read32(4));
}
