// A DI container Map in the driver data holds the child registration next to the register window.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

type Service = auxiliary.Registration | devres.Devres<pci.Bar>;

export const servicesDriver: pci.Driver<{ readonly services: Map<string, Service> }> = {
  name: 'held-services',
  idTable: [{ vendor: 0x10de, device: 0x230a }],
  probe(pdev) {
    const services = new Map<string, Service>();
    services.set('regs', pdev.iomapRegion(0, 'held-services'));
    services.set('gfx', auxiliary.Registration.new(pdev.asRef(), 'held-services-gfx', 0, 'held_services'));
    return { services };
  },
};
