// A GPIO expander collects its bank children in a local array and keeps a `Set` built from a spread copy of it.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface GpioData {
  readonly banks: ReadonlySet<auxiliary.Registration>;
}

export const gpioDriver: pci.Driver<GpioData> = {
  name: 'held9-gpio',
  idTable: [{ vendor: 0x1217, device: 0x8621 }],
  probe(pdev) {
    const list: auxiliary.Registration[] = [];
    for (let bank = 0; bank < 3; bank++) {
      list.push(auxiliary.Registration.new(pdev.asRef(), 'bank', bank, 'held9_gpio'));
    }
    return { banks: new Set([...list]) };
  },
};
