// A same-file helper inspects the Uninit view of the device (assumeCtx() with its SAFETY comment) before probe moves it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const NAME_RE = /^[a-z][a-z0-9_-]*$/;

function checkName(view: drm.Device<AuxDrm, drm.Uninit>): string {
  const name = view.name;
  return NAME_RE.test(name) ? name : name.replace(/[^a-z0-9_-]/gi, '_').toLowerCase();
}

interface ViewData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly label: string;
}

export const viewDriver: auxiliary.Driver<ViewData> = {
  name: 'held11-view',
  idTable: [{ modname: 'held11_gpu', name: 'view' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: an unregistered device is in the Uninit context, which is what we ask for.
    const view = udev.assumeCtx();
    const label = checkName(view);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
    return { reg, label };
  },
};
