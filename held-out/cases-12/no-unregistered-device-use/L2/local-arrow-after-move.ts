// An auxiliary HDMI codec uses a small local arrow to log a device's name, called on the device after it was moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';

type HdmiDrm = drm.Driver<{ readonly channels: number }, { readonly eld: string }, {}, 'auxiliary'>;

const hdmiDrm: HdmiDrm = {
  info: { name: 'hdmicodec', desc: 'HDMI codec', major: 0, minor: 1, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const hdmiDriver: auxiliary.Driver<{ readonly reg: drm.Registration<HdmiDrm> }> = {
  name: 'hdmi-codec',
  idTable: [{ modname: 'hdmi', name: 'codec' }],
  probe(adev) {
    const core = adev.asRef();
    const announce = (udev: drm.UnregisteredDevice<HdmiDrm>): void => core.info(`${udev.name}: ${udev.data.channels} ch`);
    const udev = drm.UnregisteredDevice.new(hdmiDrm, adev, { channels: 8 });
    const reg = drm.Registration.new(adev, udev, { eld: 'HDMI' }, 0);
    announce(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
