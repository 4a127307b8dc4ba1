// A same-file describe() helper reads an UnregisteredDevice; the probe calls it after the move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function describe(udev: drm.UnregisteredDevice<AuxDrm>): string {
  return `${udev.name} (${udev.data.frames} frames)`;
}

export const describedDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly summary: string }> = {
  name: 'b9d-described',
  idTable: [{ modname: 'b9d_gpu', name: 'described' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    const summary = describe(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, summary };
  },
};
