// probe destructures the child registration's name (renamed) and keeps only that string in the data. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Sensor {
  readonly regs: devres.Devres<pci.Bar>;
  readonly hwmon: string;
}

export const sensorDriver: pci.Driver<Sensor> = {
  name: 'held4-sensor',
  idTable: [{ vendor: 0x1022, device: 0x14e3 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-sensor');
    const { name: hwmonName } = auxiliary.Registration.new(pdev.asRef(), 'hwmon', 0, 'held4_sensor'); // expect: bindsafe/no-leaked-registration
    return { regs, hwmon: hwmonName };
  },
};
