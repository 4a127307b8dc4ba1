// After dropping the registration, retire() only reads the device's name and data and keeps a handle. [class 5]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface Retired {
  readonly name: string;
  readonly frames: number;
  readonly handle: AuxDevice;
}

export async function retire(reg: drm.Registration<AuxDrm>): Promise<Retired> {
  const dev = reg.device();
  const file = dev.openFile();
  const opened = file.inner().opened;
  await reg.drop();
  return { name: `${dev.name}@${opened}`, frames: dev.data.frames, handle: dev.toNormal() };
}

export const encoderDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-encoder',
  idTable: [{ modname: 'held4_av', name: 'video' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'encoder' }, 0);
    return { reg };
  },
};
