// A PCI camera's unbind schedules a delayed register dump through a timer closure over its data, which holds a Bar.
import type { pci } from '@bindsafe/kernel';

interface CameraData {
  readonly bar: pci.Bar;
  readonly sensor: string;
}

export const driver: pci.Driver<CameraData> = {
  name: 'held8-camera-unbind-timer',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'ipu').access(pdev.asRef()), sensor: 'ov13858' };
  },
  unbind(_pdev, data) {
    setTimeout(() => console.log(`${data.sensor}: ${data.bar.read32(0)}`), 100); // expect: bindsafe/no-stored-bound-device
  },
};
