// Devices are created per output into a Map and configured through map lookups before one is registered.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const mapDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b10d-map',
  idTable: [{ modname: 'b10d_gpu', name: 'map' }],
  probe(adev) {
    const outputs = new Map<'hdmi' | 'dp', drm.UnregisteredDevice<AuxDrm>>([
      ['hdmi', drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 })],
    ]);
    const hdmi = outputs.get('hdmi');
    if (hdmi === undefined) throw new Error('no hdmi output');
    hdmi.data.frames = 50;
    const reg = drm.Registration.new(adev, hdmi, { core: adev.asRef(), label: hdmi.name }, 0);
    return { reg };
  },
};
