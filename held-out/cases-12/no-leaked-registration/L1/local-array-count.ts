// A PCI multi-port serial card creates one UART child per port in a local array and returns only the count. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

const PORTS = ['ttyA', 'ttyB', 'ttyC', 'ttyD'] as const;

export const serialCardDriver: pci.Driver<{ readonly count: number }> = {
  name: 'exar-lite',
  idTable: [{ vendor: 0x13a8, device: 0x0354 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const uarts: auxiliary.Registration[] = [];
    for (let port = 0; port < PORTS.length; port++) {
      const name = PORTS[port] ?? `tty${port}`;
      uarts.push(auxiliary.Registration.new(pdev.asRef(), name, port, 'exar_lite')); // expect: bindsafe/no-leaked-registration
    }
    return { count: uarts.length };
  },
};
