// An auxiliary DSP registers the device of its staging slot, then summarises the slot with a helper from another module. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { summarize, type DspDrm, type DspSlot } from './slot.js';

const dspDrm: DspDrm = {
  info: { name: 'adsp5', desc: 'Audio DSP', major: 1, minor: 2, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const dspDriver: auxiliary.Driver<{ readonly reg: drm.Registration<DspDrm>; readonly summary: string }> = {
  name: 'adsp-drm-5',
  idTable: [{ modname: 'adsp', name: 'drm5' }],
  probe(adev) {
    const slot: DspSlot = { udev: drm.UnregisteredDevice.new(dspDrm, adev, { cores: 2 }), sramKiB: 256 };
    const reg = drm.Registration.new(adev, slot.udev, { sramKiB: slot.sramKiB }, 0);
    const summary = summarize(slot); // expect: bindsafe/no-unregistered-device-use
    return { reg, summary };
  },
};
