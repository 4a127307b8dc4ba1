// An auxiliary camera ISP stages its devices in a Map by pipe name and reads one back from the Map after registering it. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';

type IspDrm = drm.Driver<{ readonly pipe: string }, { readonly lines: number }, {}, 'auxiliary'>;

const ispDrm: IspDrm = {
  info: { name: 'isp', desc: 'Camera ISP', major: 0, minor: 6, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const ispDriver: auxiliary.Driver<{ readonly main: drm.Registration<IspDrm> }> = {
  name: 'isp-drm',
  idTable: [{ modname: 'isp', name: 'drm' }],
  probe(adev) {
    const staged = new Map<string, drm.UnregisteredDevice<IspDrm>>();
    const mainDev = drm.UnregisteredDevice.new(ispDrm, adev, { pipe: 'main' });
    staged.set('main', mainDev);
    const main = drm.Registration.new(adev, mainDev, { lines: 4096 }, 0);
    adev.asRef().info(`isp main pipe: ${staged.get('main')?.name}`); // expect: bindsafe/no-unregistered-device-use
    return { main };
  },
};
