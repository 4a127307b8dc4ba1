// An auxiliary display driver logs its DRM device's name through an Uninit view taken before registration, justified. [class 3]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function announce(view: drm.Device<AuxDrm, drm.Uninit>, log: string[]): void {
  log.push(`setting up ${view.name}`);
}

export class Display {
  readonly log: string[] = [];
  constructor(readonly reg: drm.Registration<AuxDrm>) {}
}

export const displayDriver: auxiliary.Driver<Display> = {
  name: 'held-display',
  idTable: [{ modname: 'heldcore', name: 'display' }],
  probe(adev: auxiliary.Device<device.Core>): Display {
    const log: string[] = [];
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: an unregistered device is in the Uninit context, which is all we ask for here.
    const view = udev.assumeCtx();
    announce(view, log);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 0);
    const data = new Display(reg);
    data.log.push(...log);
    return data;
  },
};
