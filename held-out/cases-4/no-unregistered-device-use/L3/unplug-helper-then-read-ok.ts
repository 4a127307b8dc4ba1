// A helper drops the registration and reports the name; the caller then reads only the device's data.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

async function unplugQuietly(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  return dev.name;
}

export async function shutdownReport(reg: drm.Registration<AuxDrm>): Promise<string> {
  const name = await unplugQuietly(reg);
  return `${name}: ${reg.device().data.frames} frames shown`;
}

export const kioskDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-kiosk',
  idTable: [{ modname: 'held4_vop', name: 'kiosk' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    return { reg: drm.Registration.new(adev, udev, { core: adev.parent(), label: 'kiosk' }, 0) };
  },
};
