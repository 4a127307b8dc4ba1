// A factory returns [primary, overlay] children; probe destructures only the first, so the overlay registration is lost. [class 4]
import { auxiliary, type device, type devres, type platform } from '@bindsafe/kernel';

function spawnPlanes(parent: device.Device<device.Bound>): readonly [auxiliary.Registration, auxiliary.Registration] {
  const primary = auxiliary.Registration.new(parent, 'plane-primary', 0, 'held4_lcdc');
  const overlay = auxiliary.Registration.new(parent, 'plane-overlay', 1, 'held4_lcdc');
  return [primary, overlay] as const;
}

interface Lcdc {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly primary: auxiliary.Registration;
}

export const lcdcDriver: platform.Driver<Lcdc> = {
  name: 'held4-lcdc',
  idTable: [{ compatible: 'held4,lcdc-v2' }],
  probe(pdev) {
    const mmio = pdev.iomapResource(0);
    const [primary] = spawnPlanes(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { mmio, primary };
  },
};
