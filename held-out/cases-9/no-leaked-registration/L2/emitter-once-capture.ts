// A hotplug-aware hub registers a `once` listener on the shared event bus that closes over its child; nothing owns the child.
import { auxiliary, type pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

interface DockData {
  readonly ports: number;
}

export const dockDriver: pci.Driver<DockData> = {
  name: 'held9-dock',
  idTable: [{ vendor: 0x8086, device: 0x15ef }],
  probe(pdev) {
    const ethernet = auxiliary.Registration.new(pdev.asRef(), 'ethernet', 0, 'held9_dock'); // expect: bindsafe/no-leaked-registration
    hotplugEvents.once('dock-ready', () => {
      console.info(`dock child ${ethernet.name} ready`);
    });
    return { ports: 4 };
  },
};
