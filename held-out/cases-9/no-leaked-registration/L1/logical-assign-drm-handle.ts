// An auxiliary GPU fills a `let` slot with `||=` and keeps only the DRM device handle of the registration.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface OverlayData {
  readonly node: AuxDevice;
}

export const overlayDriver: auxiliary.Driver<OverlayData> = {
  name: 'held9-overlay',
  idTable: [{ modname: 'held9_gpu', name: 'overlay' }],
  probe(adev: auxiliary.Device<device.Core>): OverlayData {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    let primary: drm.Registration<AuxDrm> | undefined;
    primary ||= drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'overlay' }, 0); // expect: bindsafe/no-leaked-registration
    return { node: primary.device() };
  },
};
