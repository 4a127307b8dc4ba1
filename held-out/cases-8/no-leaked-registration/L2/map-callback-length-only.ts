// A multi-port serial card maps port indices to children but returns only how many it made. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SerialData {
  readonly portCount: number;
}

export const serialDriver: pci.Driver<SerialData> = {
  name: 'held8-serial2',
  idTable: [{ vendor: 0x1415, device: 0xc15d }],
  probe(pdev) {
    const ports = [0, 1, 2, 3].map((i) =>
      auxiliary.Registration.new(pdev.asRef(), 'tty', i, 'held8_serial2'), // expect: bindsafe/no-leaked-registration
    );
    return { portCount: ports.length };
  },
};
