// An auxiliary display bridge announces its supported events with forEach, reading the device name after it was moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';

type BridgeDrm = drm.Driver<{ readonly ports: number }, { readonly lanes: number }, {}, 'auxiliary'>;

const bridgeDrm: BridgeDrm = {
  info: { name: 'dpbridge', desc: 'DP bridge', major: 0, minor: 1, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

const EVENTS = ['hotplug', 'vblank', 'link-train'] as const;

export const bridgeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<BridgeDrm> }> = {
  name: 'dp-bridge',
  idTable: [{ modname: 'dp_host', name: 'bridge' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(bridgeDrm, adev, { ports: 2 });
    const reg = drm.Registration.new(adev, udev, { lanes: 4 }, 0);
    const core = adev.asRef();
    EVENTS.forEach((evt) => core.info(`${udev.name}: ${evt} enabled`)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
