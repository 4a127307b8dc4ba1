// A same-file helper files the debug child under a module-level debugfs-like object and returns nothing; probe calls it. [class 8]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

const debugfs: { entries: Record<string, auxiliary.Registration> } = { entries: {} };

function exposeDebugChild(parent: device.Device<device.Bound>, tag: string): void {
  debugfs.entries[tag] = auxiliary.Registration.new(parent, 'debug', 0, tag);
}

interface Dsp {
  readonly regs: devres.Devres<pci.Bar>;
}

export const dspDriver: pci.Driver<Dsp> = {
  name: 'held5c-dsp',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-dsp');
    exposeDebugChild(pdev.asRef(), 'held5c_dsp'); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};
