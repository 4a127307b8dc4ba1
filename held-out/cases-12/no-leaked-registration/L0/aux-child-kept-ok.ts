// A PCI display controller spawns its audio function as an auxiliary child and keeps it in the driver data.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface HdaBridge {
  readonly mmio: devres.Devres<pci.Bar>;
  readonly revision: number;
  readonly codec: auxiliary.Registration;
}

export const hdaBridgeDriver: pci.Driver<HdaBridge> = {
  name: 'hda-bridge',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mmio = pdev.iomapRegion(0, 'hda-bridge/mmio');
    const codec = auxiliary.Registration.new(pdev.asRef(), 'hda-codec', 0, 'hda_bridge');
    return { mmio, revision: pdev.revision, codec };
  },
};
