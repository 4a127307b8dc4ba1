// A PCI event hub clears every subscriber Set held in its data's array from a forEach callback over the array.
import type { pci } from '@bindsafe/kernel';

interface HubData {
  readonly subscribers: Set<string>[];
}

export const hubDriver: pci.Driver<HubData> = {
  name: 'h9-event-hub',
  idTable: [{ vendor: 0x1d6b, device: 0x0003 }],
  probe() {
    return { subscribers: [new Set(['a']), new Set(['b', 'c'])] };
  },
  unbind(pdev, data) {
    data.subscribers.forEach((subs, index) => {
      pdev.asRef().info(`group ${index}: ${subs.size} subscribers`);
      subs.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
