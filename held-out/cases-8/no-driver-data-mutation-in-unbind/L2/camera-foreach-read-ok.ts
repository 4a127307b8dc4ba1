// A PCI camera bridge logs each sensor its data holds from a `forEach` callback; nothing is mutated.
import type { device, pci } from '@bindsafe/kernel';

interface Sensor {
  readonly name: string;
  readonly lanes: 1 | 2 | 4;
}

interface CamData {
  readonly sensors: readonly Sensor[];
}

export const camBridgeDriver: pci.Driver<CamData> = {
  name: 'h8-ipu',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(_pdev: pci.Device<device.Core>): CamData {
    return { sensors: [{ name: 'ov13b', lanes: 4 }] };
  },
  unbind(pdev, data) {
    const dev = pdev.asRef();
    data.sensors.forEach((sensor, i) => dev.info(`h8-ipu: sensor ${i} ${sensor.name} x${sensor.lanes}`));
  },
};
