// An auxiliary render driver brings up DRM through another module and destructures only the device handle. [class 2]
import type { auxiliary, device } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { bringUpDrm } from './bringup.js';

interface RenderData {
  readonly render: AuxDevice;
}

export const renderDriver: auxiliary.Driver<RenderData> = {
  name: 'held8-render',
  idTable: [{ modname: 'held8_gpu', name: 'render' }],
  probe(adev: auxiliary.Device<device.Core>): RenderData {
    const { device: render } = bringUpDrm(adev, 'render'); // expect: bindsafe/no-leaked-registration
    return { render };
  },
};
