// An auxiliary video-out driver exposes a getter in its driver data that reads the registered device's private data. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';

interface VoutData {
  mode: string;
}
type VoutDrm = drm.Driver<VoutData, { readonly pixelClockKHz: number }, {}, 'auxiliary'>;

const voutDrm: VoutDrm = {
  info: { name: 'vout', desc: 'Video out', major: 1, minor: 0, patchlevel: 2 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

interface VoutState {
  readonly reg: drm.Registration<VoutDrm>;
  readonly mode: string;
}

export const voutDriver: auxiliary.Driver<VoutState> = {
  name: 'vout-drm-2',
  idTable: [{ modname: 'vout', name: 'drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(voutDrm, adev, { mode: '1920x1080' });
    const initialMode = udev.data.mode;
    const reg = drm.Registration.new(adev, udev, { pixelClockKHz: 148500 }, 0);
    return {
      reg,
      get mode() {
        return reg.device().data.mode || initialMode;
      },
    };
  },
};
