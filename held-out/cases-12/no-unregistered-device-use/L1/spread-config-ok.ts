// An auxiliary audio-DSP driver spreads its tuning defaults into the registration data; only the registered device is used after the move. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';

interface DspRegData {
  readonly sramKiB: number;
  readonly clockMHz: number;
}
type DspDrm = drm.Driver<{ readonly cores: number }, DspRegData, {}, 'auxiliary'>;

const dspDrm: DspDrm = {
  info: { name: 'adsp', desc: 'Audio DSP', major: 1, minor: 1, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

const DEFAULTS = { sramKiB: 256, clockMHz: 400 } satisfies DspRegData;

export const dspDriver: auxiliary.Driver<{ readonly reg: drm.Registration<DspDrm>; readonly banner: string }> = {
  name: 'adsp-drm-2',
  idTable: [{ modname: 'adsp', name: 'drm' }],
  probe(adev) {
    const slot = { udev: drm.UnregisteredDevice.new(dspDrm, adev, { cores: 2 }), sramKiB: 512 };
    const banner = `${{ ...slot }.udev.name} staged`;
    const reg = drm.Registration.new(adev, slot.udev, { ...DEFAULTS, sramKiB: slot.sramKiB }, 0);
    return { reg, banner: `${banner}, ${reg.device().name} ready` };
  },
};
