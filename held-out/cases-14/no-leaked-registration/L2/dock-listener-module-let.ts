// A docking station creates its port-replicator child in a hot-plug listener and parks it in a module variable. [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

let replicator: auxiliary.Registration | undefined;

interface DockData {
  readonly slots: number;
}

export const dockDriver: pci.Driver<DockData> = {
  name: 'dock',
  idTable: [{ vendor: 0x8086, device: 0x15d3 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    hotplugEvents.on('dock', (slot: number) => {
      // SAFETY: dock events are only raised while the dock controller is bound.
      const parent = handle.asRef().unsafeAsBound();
      replicator = auxiliary.Registration.new(parent, 'replicator', slot, 'dock'); // expect: bindsafe/no-leaked-registration
    });
    return { slots: 2 };
  },
};

export const replicatorName = (): string | undefined => replicator?.name;
