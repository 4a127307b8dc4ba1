// An auxiliary audio-DSP driver copies its staging slot with a spread and reads the device's name from the copy after the move. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';

type DspDrm = drm.Driver<{ readonly cores: number }, { readonly sramKiB: number }, {}, 'auxiliary'>;

const dspDrm: DspDrm = {
  info: { name: 'adsp', desc: 'Audio DSP', major: 1, minor: 1, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const dspDriver: auxiliary.Driver<{ readonly reg: drm.Registration<DspDrm>; readonly banner: string }> = {
  name: 'adsp-drm',
  idTable: [{ modname: 'adsp', name: 'drm' }],
  probe(adev) {
    const slot = { udev: drm.UnregisteredDevice.new(dspDrm, adev, { cores: 2 }), sramKiB: 512 };
    const reg = drm.Registration.new(adev, slot.udev, { sramKiB: slot.sramKiB }, 0);
    const banner = `${{ ...slot, stamp: adev.id }.udev.name} ready`; // expect: bindsafe/no-unregistered-device-use
    return { reg, banner };
  },
};
