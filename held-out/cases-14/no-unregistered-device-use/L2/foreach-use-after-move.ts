// A probe logs each configured output in a forEach, reading the name from the device it already moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const OUTPUTS = ['hdmi', 'dp'] as const;
type Output = (typeof OUTPUTS)[number];

export const outputsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-outputs',
  idTable: [{ modname: 'b14c', name: 'outputs' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'outputs' }, 0);
    OUTPUTS.forEach((output: Output) => {
      adev.asRef().info(`${udev.name}: ${output}`); // expect: bindsafe/no-unregistered-device-use
    });
    return { reg };
  },
};
