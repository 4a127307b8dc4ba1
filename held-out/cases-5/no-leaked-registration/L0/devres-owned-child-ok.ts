// A hwmon child is handed to a devres.Devres container the driver data keeps: released, and so dropped, at unbind. [class 4]
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

interface Sensor {
  readonly regs: devres.Devres<pci.Bar>;
  readonly hwmon: devres.Devres<auxiliary.Registration>;
}

export const sensorDriver: pci.Driver<Sensor> = {
  name: 'held5c-sensor',
  idTable: [{ vendor: 0x1022, device: 0x1463 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-sensor');
    const child = auxiliary.Registration.new(pdev.asRef(), 'hwmon', 0, 'held5c_sensor');
    const hwmon = new devres.Devres(pdev.asRef(), child);
    return { regs, hwmon };
  },
};
