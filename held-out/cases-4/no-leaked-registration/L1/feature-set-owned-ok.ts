// Children are registered for each enabled feature into a Set that the driver data owns. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Features {
  readonly features: Readonly<Record<string, boolean>>;
}

interface Accel {
  readonly regs: devres.Devres<pci.Bar>;
  readonly children: ReadonlySet<auxiliary.Registration>;
}

export const accelDriver: pci.Driver<Accel, Features> = {
  name: 'held4-accel',
  idTable: [
    { vendor: 0x1e52, device: 0x0100, info: { features: { crypto: true, compress: true, rng: false } } },
    { vendor: 0x1e52, device: 0x0101, info: { features: { crypto: true } } },
  ],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-accel');
    const children = new Set<auxiliary.Registration>();
    let id = 0;
    for (const [feature, enabled] of Object.entries(info?.features ?? {})) {
      if (!enabled) continue;
      children.add(auxiliary.Registration.new(pdev.asRef(), feature, id++, 'held4_accel'));
    }
    return { regs, children };
  },
};
