// A hub driver logs each child's parent inside a forEach arrow body, with the SAFETY comment in the arrow.
import type { device, platform } from '@bindsafe/kernel';

interface HubData {
  readonly ports: readonly device.Device<device.Normal>[];
}

export const driver: platform.Driver<HubData> = {
  name: 'held-hub-log',
  idTable: [{ compatible: 'vendor,hub' }],
  probe(pdev) {
    return { ports: [pdev.asRef().toNormal()] };
  },
  unbind(_pdev, data) {
    data.ports.forEach((port) => {
      // SAFETY: every port handle is this device's own, and unbind runs while it is bound.
      port.unsafeAsBound().info('port going down');
    });
  },
};
