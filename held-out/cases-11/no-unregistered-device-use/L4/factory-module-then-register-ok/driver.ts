// A driver gets a pre-configured device from another module's factory, adjusts it, registers it once and then reads only reg.device().
import { drm, type auxiliary } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { makeHead, Rate } from './factory.js';

interface FastData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const fastDriver: auxiliary.Driver<FastData, { fast?: boolean }> = {
  name: 'held11-fast',
  idTable: [{ modname: 'held11_gpu', name: 'fast', info: { fast: true } }],
  probe(adev, info) {
    const udev = makeHead(adev, info?.fast ? Rate.Fast : Rate.Slow);
    if (udev.data.frames > Rate.Normal) udev.data.frames -= 4;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: udev.name }, 0);
    return { reg };
  },
};
