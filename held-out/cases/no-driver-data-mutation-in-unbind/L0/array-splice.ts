// unbind empties the pending queue the IRQ handler still pushes into.
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly pending: string[];
  readonly irq: pci.IrqRegistration;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-splice',
  idTable: [{ vendor: 0x8086, device: 0x4001 }],
  probe(pdev) {
    const pending: string[] = [];
    const irq = pdev.requestIrq(0, 'held-nddm-splice', () => pending.push('event'));
    return { pending, irq };
  },
  unbind(pdev, data) {
    const dropped = data.pending.splice(0, data.pending.length); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`dropped ${dropped.length} events`);
  },
};
