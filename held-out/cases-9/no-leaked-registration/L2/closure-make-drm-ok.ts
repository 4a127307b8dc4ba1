// An auxiliary GPU makes its DRM registration through a local `make` closure and keeps the result in a data class with a getter.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

class VideoCard {
  constructor(private readonly registration: drm.Registration<AuxDrm>) {}

  get node(): AuxDevice {
    return this.registration.device();
  }
}

export const videoDriver: auxiliary.Driver<VideoCard> = {
  name: 'held9-video',
  idTable: [{ modname: 'held9_gpu', name: 'video' }],
  probe(adev: auxiliary.Device<device.Core>): VideoCard {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const make = (label: string) =>
      drm.Registration.new(adev, drm.UnregisteredDevice.new(auxDrm, adev, data), { core: adev.asRef(), label }, 0);
    return new VideoCard(make('video'));
  },
};
