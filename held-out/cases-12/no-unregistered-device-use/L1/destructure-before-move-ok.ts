// A PCI capture card destructures its bundle (device name included) before the device is moved into the registration. [class 6]
import { drm, type pci } from '@bindsafe/kernel';

type CapDrm = drm.Driver<{ readonly inputs: number }, { readonly dmaChannels: number }, {}, 'pci'>;

const capDrm: CapDrm = {
  info: { name: 'capture', desc: 'Capture card', major: 0, minor: 1, patchlevel: 7 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

interface Bundle {
  readonly udev: drm.UnregisteredDevice<CapDrm>;
  readonly channels: number;
}

export const captureDriver: pci.Driver<{ readonly reg: drm.Registration<CapDrm>; readonly tag: string }> = {
  name: 'capture-2',
  idTable: [{ vendor: 0x1cd7, device: 0x0011 }],
  probe(pdev) {
    const bundle: Bundle = { udev: drm.UnregisteredDevice.new(capDrm, pdev, { inputs: 4 }), channels: 2 };
    const { udev, channels = 1 } = bundle;
    const tag = udev.name;
    const reg = drm.Registration.new(pdev, udev, { dmaChannels: channels }, 0);
    return { reg, tag };
  },
};
