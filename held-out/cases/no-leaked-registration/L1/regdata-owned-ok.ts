// An auxiliary child owned by the DRM registration data, which the data's registration owns.
import { auxiliary, drm, type device, type pci } from '@bindsafe/kernel';

interface RegData {
  readonly pdev: pci.Device<device.Bound>;
  readonly audio: auxiliary.Registration;
}
type HdmiDrm = drm.Driver<{ readonly label: string }, RegData, {}, 'pci'>;

const hdmiDrm: HdmiDrm = {
  info: { name: 'hdmi', desc: 'HDMI output', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

export const driver: pci.Driver<{ readonly reg: drm.Registration<HdmiDrm> }> = {
  name: 'held-nlr-regdata',
  idTable: [{ vendor: 0x10de, device: 0x3018 }],
  probe(pdev) {
    const audio = auxiliary.Registration.new(pdev.asRef(), 'hdmi-audio', 0, 'held_core');
    const udev = drm.UnregisteredDevice.new(hdmiDrm, pdev, { label: 'hdmi' });
    const reg = drm.Registration.new(pdev, udev, { pdev, audio }, 0);
    return { reg };
  },
};
