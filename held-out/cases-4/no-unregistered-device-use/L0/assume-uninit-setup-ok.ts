// probe looks at the device through its Uninit view and sets it up before the move; afterwards only the registration is used. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Overlay {
  readonly reg: drm.Registration<AuxDrm>;
  readonly name: string;
}

export const overlayDriver: auxiliary.Driver<Overlay> = {
  name: 'held4-overlay',
  idTable: [{ modname: 'held4_lcdc', name: 'plane-overlay' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the device was allocated just above and never registered: Uninit is its real context.
    const early = udev.assumeCtx<drm.Uninit>();
    adev.asRef().info(`allocated ${early.name}`);
    udev.data.frames = adev.id === 0 ? 60 : 30;
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'overlay' }, 0);
    return { reg, name: reg.device().name };
  },
};
