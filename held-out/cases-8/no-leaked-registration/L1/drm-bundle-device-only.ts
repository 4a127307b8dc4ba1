// A video decoder bundles its DRM registration with its device handle, then keeps only the handle. [class 2]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

interface DecoderData {
  readonly drm: AuxDevice;
  readonly codecs: readonly string[];
}

export const decoderDriver: auxiliary.Driver<DecoderData> = {
  name: 'held8-vdec',
  idTable: [{ modname: 'held8_gpu', name: 'vdec' }],
  probe(adev: auxiliary.Device<device.Core>): DecoderData {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'vdec' }, 0); // expect: bindsafe/no-leaked-registration
    const bundle = { reg, drm: reg.device() };
    return { drm: bundle.drm, codecs: ['h264', 'av1'] };
  },
};
