// A multi-function platform device registers one child per entry of its port table into a local array, but the data keeps only the count. [class 4]
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

const PORTS = [
  { name: 'uart', id: 0 },
  { name: 'spi', id: 1 },
  { name: 'i2c', id: 2 },
] as const;

interface Mfd {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly childCount: number;
}

export const mfdDriver: platform.Driver<Mfd> = {
  name: 'held4-mfd',
  idTable: [{ compatible: 'held4,mfd-x1' }],
  probe(pdev) {
    const mmio = pdev.iomapResource(0);
    const children: auxiliary.Registration[] = [];
    for (const port of PORTS) {
      children.push(auxiliary.Registration.new(pdev.asRef(), port.name, port.id, 'held4_mfd')); // expect: bindsafe/no-leaked-registration
    }
    pdev.asRef().info(`${children.length} function children up`);
    return { mmio, childCount: children.length };
  },
};
