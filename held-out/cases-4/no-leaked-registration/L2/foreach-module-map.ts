// Endpoint children are registered in a `forEach` callback into a module-level Map that outlives the binding. [class 8]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const ENDPOINTS = ['ctrl', 'bulk-in', 'bulk-out'];

/** Looked up by the sysfs code by endpoint name. */
export const publishedEndpoints = new Map<string, auxiliary.Registration>();

interface Hub {
  readonly regs: devres.Devres<pci.Bar>;
  readonly endpoints: readonly string[];
}

export const hubDriver: pci.Driver<Hub> = {
  name: 'held4-hub',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-hub');
    ENDPOINTS.forEach((endpoint, index) => {
      publishedEndpoints.set(endpoint, auxiliary.Registration.new(pdev.asRef(), endpoint, index, 'held4_hub')); // expect: bindsafe/no-leaked-registration
    });
    return { regs, endpoints: [...publishedEndpoints.keys()] };
  },
};
