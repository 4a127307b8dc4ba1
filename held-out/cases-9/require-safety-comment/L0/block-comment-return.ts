// A PCI sensor hub justifies an unsafe re-proof with a block comment directly above the return statement that contains it.
import type { device, pci } from '@bindsafe/kernel';

interface HubData {
  readonly handle: device.Device;
  readonly sensors: readonly string[];
}

function boundName(data: Readonly<HubData>): string {
  /* SAFETY: only called from unbind, before the core unbinds the device,
     so the binding the handle came from is still alive. */
  return data.handle.unsafeAsBound().name;
}

export const hubDriver: pci.Driver<HubData> = {
  name: 'h9-sensor-hub',
  idTable: [{ vendor: 0x8086, device: 0x9dfc }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), sensors: ['accel', 'gyro'] };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`${boundName(data)}: ${data.sensors.length} sensors off`);
  },
};
