// A same-file selfTest() opens a file on a registered device; probe hands it the still-unregistered device through a double cast.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

class SelfTestError extends Error {
  override readonly name = 'SelfTestError';
}

function selfTest(dev: AuxDevice): number {
  const file = dev.openFile();
  const opened = file.inner().opened;
  if (opened <= 0) throw new SelfTestError(`${dev.name}: bad open stamp`);
  return opened;
}

interface ProbedData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly stamp: number;
}

export const probedDriver: auxiliary.Driver<ProbedData> = {
  name: 'held11-probed',
  idTable: [{ modname: 'held11_gpu', name: 'probed' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const stamp = selfTest(udev as unknown as AuxDevice); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'probed' }, 0);
    return { reg, stamp };
  },
};
