// A storage controller keeps its enclosure child but forgets the LED child it made next to it.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface StorageData {
  readonly enclosure: auxiliary.Registration;
  readonly slots: number;
}

export const storageDriver: pci.Driver<StorageData> = {
  name: 'held9-storage',
  idTable: [{ vendor: 0x1000, device: 0x00e6 }],
  probe(pdev) {
    const enclosure = auxiliary.Registration.new(pdev.asRef(), 'enclosure', 0, 'held9_storage');
    const led = auxiliary.Registration.new(pdev.asRef(), 'led', 0, 'held9_storage'); // expect: bindsafe/no-leaked-registration
    const slots = led.name.length > 0 ? 24 : 12;
    return { enclosure, slots };
  },
};
