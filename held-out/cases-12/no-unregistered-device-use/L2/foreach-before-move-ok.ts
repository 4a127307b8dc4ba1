// An auxiliary display bridge announces its events with forEach before the move and again through the registered device afterwards. [class 7]
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
  name: 'dp-bridge-2',
  idTable: [{ modname: 'dp_host', name: 'bridge' }],
  probe(adev) {
    const core = adev.asRef();
    const udev = drm.UnregisteredDevice.new(bridgeDrm, adev, { ports: 2 });
    EVENTS.forEach((evt) => core.info(`${udev.name}: ${evt} staged`));
    const reg = drm.Registration.new(adev, udev, { lanes: 4 }, 0);
    const dev = reg.device();
    EVENTS.forEach((evt) => core.info(`${dev.name}: ${evt} enabled`));
    return { reg };
  },
};
