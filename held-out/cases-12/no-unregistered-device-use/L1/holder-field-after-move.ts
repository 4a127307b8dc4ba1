// An auxiliary encoder keeps its unregistered device in a staging record and bumps a counter through the record after the move. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';

interface EncData {
  sessions: number;
}
type EncDrm = drm.Driver<EncData, { readonly maxSessions: number }, {}, 'auxiliary'>;

const encDrm: EncDrm = {
  info: { name: 'venc', desc: 'Video encoder', major: 0, minor: 2, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

interface Staging {
  readonly udev: drm.UnregisteredDevice<EncDrm>;
  readonly createdAt: number;
}

export const encDriver: auxiliary.Driver<{ readonly reg: drm.Registration<EncDrm> }> = {
  name: 'venc-drm',
  idTable: [{ modname: 'venc_core', name: 'venc-drm' }],
  probe(adev) {
    const staging: Staging = { udev: drm.UnregisteredDevice.new(encDrm, adev, { sessions: 0 }), createdAt: Date.now() };
    const reg = drm.Registration.new(adev, staging.udev, { maxSessions: 8 }, 0);
    staging.udev.data.sessions += 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
