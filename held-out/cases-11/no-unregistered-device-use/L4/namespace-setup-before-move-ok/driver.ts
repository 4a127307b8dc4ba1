// A driver imports the setup barrel as a namespace, tunes and tags the device, then moves it once and uses reg.device() afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import * as setup from './setup/index.js';

interface TunedData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly tag: string;
}

export const tunedDriver: auxiliary.Driver<TunedData, setup.TuneOptions> = {
  name: 'held11-tuned',
  idTable: [{ modname: 'held11_gpu', name: 'tuned', info: { boost: true } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    setup.tune(udev, info);
    const tag = setup.tag(udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: tag }, 0);
    adev.asRef().info(`tuned: ${reg.device().name} ${reg.device().data.frames}`);
    return { reg, tag };
  },
};
