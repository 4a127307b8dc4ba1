// A class driver's unbind switches on the data's phase enum and writes the next phase back into the data.
import type { device, devres, pci } from '@bindsafe/kernel';

enum Phase {
  Running,
  Draining,
  Stopped,
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly state: { phase: Phase };
}

class PhaseDriver implements pci.Driver<Data> {
  readonly name = 'held-phase';
  readonly idTable = [{ vendor: 0x1b36, device: 0x0100 }];

  probe(pdev: pci.Device<device.Core>): Data {
    return { regs: pdev.iomapRegion(0, 'held-phase'), state: { phase: Phase.Running } };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<Data>): void {
    switch (data.state.phase) {
      case Phase.Running:
        data.regs.access(pdev.asRef()).write32(0, 0x4);
        data.state.phase = Phase.Stopped; // expect: bindsafe/no-driver-data-mutation-in-unbind
        break;
      case Phase.Draining:
      case Phase.Stopped:
        break;
    }
  }
}

export const phaseDriver = new PhaseDriver();
