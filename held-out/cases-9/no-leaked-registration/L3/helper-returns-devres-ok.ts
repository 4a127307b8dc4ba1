// A `manage` helper wraps a fresh child in a `Devres` and returns the container, which the data keeps.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

function manage(dev: device.Device<device.Bound>, name: string): devres.Devres<auxiliary.Registration> {
  return new devres.Devres(dev, auxiliary.Registration.new(dev, name, 0, 'held9_pwr'));
}

interface PowerData {
  readonly charger: devres.Devres<auxiliary.Registration>;
  readonly fuelGauge: devres.Devres<auxiliary.Registration>;
}

export const powerDriver: pci.Driver<PowerData> = {
  name: 'held9-power',
  idTable: [{ vendor: 0x1b4b, device: 0x9215 }],
  probe(pdev) {
    const dev = pdev.asRef();
    return { charger: manage(dev, 'charger'), fuelGauge: manage(dev, 'fuel-gauge') };
  },
};
