// Two BARs are accessed into an array literal and destructured; the mirror window is pushed onto a module-level list. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

const mirrors: pci.Bar[] = [];

export const raidDriver: pci.Driver<{ readonly ctrlRegs: devres.Devres<pci.Bar>; readonly mirrorRegs: devres.Devres<pci.Bar> }> = {
  name: 'held-raid',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const ctrlRegs = pdev.iomapRegion(0, 'held-raid');
    const mirrorRegs = pdev.iomapRegion(2, 'held-raid-mirror');
    const dev = pdev.asRef();
    const [ctrl, mirror] = [ctrlRegs.access(dev), mirrorRegs.access(dev)] as const;
    ctrl.write32(0x1, 0x00);
    mirrors.push(mirror); // expect: bindsafe/no-stored-bound-device
    return { ctrlRegs, mirrorRegs };
  },
};

export function mirrorCount(): number {
  return mirrors.length;
}
