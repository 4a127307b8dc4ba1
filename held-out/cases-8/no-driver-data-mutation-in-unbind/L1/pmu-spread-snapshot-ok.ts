// [class 4] A PCI PMU takes a spread snapshot of its counters and adjusts the snapshot before logging it.
import type { device, pci } from '@bindsafe/kernel';

interface PmuCounters {
  cycles: number;
  instructions: number;
  unbinds: number;
}

interface PmuData {
  readonly counters: PmuCounters;
}

export const pmuDriver: pci.Driver<PmuData> = {
  name: 'h8-pmu',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(_pdev: pci.Device<device.Core>): PmuData {
    return { counters: { cycles: 0, instructions: 0, unbinds: 0 } };
  },
  unbind(pdev, data) {
    const snapshot = { ...data.counters };
    snapshot.unbinds++;
    snapshot.cycles = Math.max(snapshot.cycles, 1);
    pdev.asRef().info(`h8-pmu: IPC ${(snapshot.instructions / snapshot.cycles).toFixed(2)} after ${snapshot.unbinds}`);
  },
};
