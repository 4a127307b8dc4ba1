// A PCI capture card registers the device held in a bundle, then destructures the bundle's device to read its name. [class 6]
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
  name: 'capture',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    const bundle: Bundle = { udev: drm.UnregisteredDevice.new(capDrm, pdev, { inputs: 4 }), channels: 2 };
    const reg = drm.Registration.new(pdev, bundle.udev, { dmaChannels: bundle.channels }, 0);
    const { udev: { name } } = bundle; // expect: bindsafe/no-unregistered-device-use
    return { reg, tag: name };
  },
};
