// The auxiliary driver keeps the device of the registration an imported helper returned, never the registration itself. [class 4]
import type { auxiliary } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { registerAuxDisplay } from './register.js';

interface Overlay {
  readonly display: AuxDevice;
}

export const overlayDriver: auxiliary.Driver<Overlay> = {
  name: 'held5c-overlay',
  idTable: [{ modname: 'held5c_gpu', name: 'overlay' }],
  probe(adev) {
    const display = registerAuxDisplay(adev, `overlay-${adev.id}`).device(); // expect: bindsafe/no-leaked-registration
    return { display };
  },
};
