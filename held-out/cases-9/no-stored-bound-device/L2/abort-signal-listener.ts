// [class 7] A PCI camera registers an 'abort' listener capturing its Bar on a module-level AbortController's signal.
import type { pci } from '@bindsafe/kernel';

export const shutdown = new AbortController();

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-camera-abort',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ipu').access(pdev.asRef());
    shutdown.signal.addEventListener('abort', () => bar.write32(0, 0x00)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
