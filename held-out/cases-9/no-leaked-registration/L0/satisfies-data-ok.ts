// A touch controller returns its data literal checked with `satisfies`; the firmware child sits in a field of it.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface TouchData {
  readonly firmware: auxiliary.Registration;
  readonly points: number;
}

export const touchDriver: pci.Driver<TouchData> = {
  name: 'held9-touch',
  idTable: [{ vendor: 0x04f3, device: 0x2a1c }],
  probe(pdev) {
    const points = 10;
    return {
      firmware: auxiliary.Registration.new(pdev.asRef(), 'firmware', 0, 'held9_touch'),
      points,
    } satisfies TouchData;
  },
};
