// A multi-port serial card builds a record of port children with `Object.fromEntries` over a `map`; the data keeps it. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SerialData {
  readonly ports: Readonly<Record<string, auxiliary.Registration>>;
}

const PORT_NAMES = ['ttyS0', 'ttyS1', 'ttyS2'] as const;

export const serialDriver: pci.Driver<SerialData> = {
  name: 'held8-serial',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const ports = Object.fromEntries(
      PORT_NAMES.map((name, i) => [name, auxiliary.Registration.new(pdev.asRef(), name, i, 'held8_serial')] as const),
    );
    return { ports };
  },
};
