// A PCI storage card pushes a shutdown hook closing its Bar into a module-level list of hooks.
import type { pci } from '@bindsafe/kernel';

type Hook = () => void;

export const shutdownHooks: Hook[] = [];

export function runShutdownHooks(): void {
  for (const hook of shutdownHooks.splice(0)) hook();
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-storage-hooks',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'sas').access(pdev.asRef());
    shutdownHooks.push(() => bar.write32(0, 0x40)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
