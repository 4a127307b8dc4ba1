// A PCI capture card's IRQ handler logs through the probe callback's Core device. [class 7]
import type { pci } from '@bindsafe/kernel';

const CAP_ISR = 0x08;

interface CapData {
  readonly bar: pci.Bar;
  readonly irq: pci.IrqRegistration;
}

export const cap_driver: pci.Driver<CapData> = {
  name: 'cap_pci',
  idTable: [{ vendor: 0x14f1, device: 0x8800 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(0, 'cap').access(pdev.asRef());
    const irq = pdev.requestIrq(0, 'cap', () => pdev.asRef().info(`isr ${bar.read32(CAP_ISR)}`)); // expect: bindsafe/no-stored-bound-device
    return { bar, irq };
  },
};
