// The same selfTest() helper, run on reg.device() after Registration.new: a registered device may open files.
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
  name: 'held11-probed-ok',
  idTable: [{ modname: 'held11_gpu', name: 'probed-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'probed' }, 0);
    const stamp = selfTest(reg.device());
    return { reg, stamp };
  },
};
