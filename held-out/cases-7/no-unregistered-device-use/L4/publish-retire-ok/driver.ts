// A driver sets up its device, publishes it through an imported helper, and offers an async retire() that drops it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { publish, retire } from './drmkit/index.js';

interface JpegData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const jpegDriver: auxiliary.Driver<JpegData> = {
  name: 'held7-jpeg',
  idTable: [{ modname: 'held7_soc', name: 'jpeg' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 30;
    return { reg: publish(adev, udev, 'jpeg') };
  },
};

export async function hotUnplug(data: JpegData): Promise<string> {
  const line = await retire(data.reg);
  return line.toUpperCase();
}
