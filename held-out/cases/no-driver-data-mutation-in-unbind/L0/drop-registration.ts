// unbind drops the child registration the data holds.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly child: auxiliary.Registration }> = {
  name: 'held-nddm-drop',
  idTable: [{ vendor: 0x8086, device: 0x4003 }],
  probe(pdev) {
    return { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held_nddm') };
  },
  unbind(_pdev, data) {
    void data.child.drop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
