// unbind reports the data's stats through a namespace-imported formatter that only reads. [class 7]
import type { pci } from '@bindsafe/kernel';
import * as fmt from './format.js';

export const driver: pci.Driver<{ readonly stats: fmt.Stats }> = {
  name: 'held2-nddm-namespace',
  idTable: [{ vendor: 0x1022, device: 0x6041 }],
  probe() {
    return { stats: { tx: 0, rx: 0 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(fmt.line(data.stats));
  },
};
