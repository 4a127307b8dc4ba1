// A probe calls its attach() helper twice with the same UnregisteredDevice, once per connector.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function attach(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, connector: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label: connector }, 0);
}

interface ConnectorsData {
  readonly hdmi: drm.Registration<AuxDrm>;
  readonly dp: drm.Registration<AuxDrm>;
}

export const connectorsDriver: auxiliary.Driver<ConnectorsData> = {
  name: 'b8f-connectors',
  idTable: [{ modname: 'b8f_gpu', name: 'connectors' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const hdmi = attach(adev, udev, 'HDMI-A-1');
    const dp = attach(adev, udev, 'DP-1'); // expect: bindsafe/no-unregistered-device-use
    return { hdmi, dp };
  },
};
