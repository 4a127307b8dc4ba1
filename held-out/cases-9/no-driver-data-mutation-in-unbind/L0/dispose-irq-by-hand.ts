// A PCI modem disposes the IRQ registration its data owns by hand in unbind instead of leaving it to the data's teardown. [class 1]
import type { pci } from '@bindsafe/kernel';

interface ModemData {
  readonly irq: pci.IrqRegistration;
  readonly events: { count: number };
}

export const modemDriver: pci.Driver<ModemData> = {
  name: 'h9-modem',
  idTable: [{ vendor: 0x17cb, device: 0x0306 }],
  probe(pdev) {
    const events = { count: 0 };
    const irq = pdev.requestIrq(0, 'modem', () => {
      events.count++;
    });
    return { irq, events };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`modem saw ${data.events.count} interrupts`);
    data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
