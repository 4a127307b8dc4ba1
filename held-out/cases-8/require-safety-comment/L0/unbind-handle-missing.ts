// A PCI sensor turns its stored Normal handle into a bound device in unbind without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface SensorData {
  readonly handle: device.Device<device.Normal>;
  readonly channels: number;
}

export const driver: pci.Driver<SensorData> = {
  name: 'held8-sensor-unbind-missing',
  idTable: [{ vendor: 0x8086, device: 0x1c3b }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), channels: 2 };
  },
  unbind(_pdev, data) {
    const bound = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info(`sensor: closing ${data.channels} channels`);
  },
};
