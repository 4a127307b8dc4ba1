// A thermal driver's same-file helper justifies its unsafeAsBound call with a SAFETY comment above its return.
import type { device, platform } from '@bindsafe/kernel';

function boundName(handle: device.Device<device.Normal>): string {
  // SAFETY: only called from unbind of the device the handle belongs to, while it is bound.
  return handle.unsafeAsBound().name;
}

export const driver: platform.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held-therm-helper',
  idTable: [{ compatible: 'vendor,therm-helper' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    data.handle.info(`unbinding ${boundName(data.handle)}`);
  },
};
