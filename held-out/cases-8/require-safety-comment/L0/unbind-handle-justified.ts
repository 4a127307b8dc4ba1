// A PCI sensor keeps a Device<Normal> handle and, in unbind, turns it back into a bound device under a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface SensorData {
  readonly handle: device.Device<device.Normal>;
  readonly channels: number;
}

export const driver: pci.Driver<SensorData> = {
  name: 'held8-sensor-unbind-ok',
  idTable: [{ vendor: 0x8086, device: 0x1c3a }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), channels: 4 };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind runs while the binding is still alive; the bound view is dropped before return.
    const bound = data.handle.unsafeAsBound();
    bound.info(`sensor: closing ${data.channels} channels`);
  },
};
