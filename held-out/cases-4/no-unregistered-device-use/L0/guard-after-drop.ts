// A scanout reset path drops the registration and then enters a guarded section on its (now unplugged) device. [class 5]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Scanout {
  readonly reg: drm.Registration<AuxDrm>;
}

export async function resetScanout(reg: drm.Registration<AuxDrm>): Promise<string | undefined> {
  const dev = reg.device();
  await reg.drop();
  return dev.withUnbindGuard((parent) => `reset under ${parent.name}`); // expect: bindsafe/no-unregistered-device-use
}

export const scanoutDriver: auxiliary.Driver<Scanout> = {
  name: 'held4-scanout',
  idTable: [{ modname: 'held4_lcdc', name: 'scanout' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    return { reg: drm.Registration.new(adev, udev, { core: adev.parent(), label: 'scanout' }, 0) };
  },
};
