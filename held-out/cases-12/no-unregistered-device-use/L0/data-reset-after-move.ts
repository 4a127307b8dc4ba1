// A PCI video decoder resets its DRM private data through the setter after the device was moved into its registration. [class 2]
import { drm, type devres, type pci } from '@bindsafe/kernel';

interface DecoderData {
  readonly engines: number;
  readonly regs: devres.Devres<pci.Bar>;
  streams: number;
}
type DecoderDrm = drm.Driver<DecoderData, { readonly maxStreams: number }, {}, 'pci'>;

const decoderDrm: DecoderDrm = {
  info: { name: 'vdec', desc: 'Video decoder', major: 0, minor: 4, patchlevel: 2 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

interface DecoderState {
  readonly reg: drm.Registration<DecoderDrm>;
  readonly regs: devres.Devres<pci.Bar>;
}

export const decoderDriver: pci.Driver<DecoderState> = {
  name: 'vdec-pci',
  idTable: [{ vendor: 0x1d17, device: 0x0300 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'vdec/mmio');
    const udev = drm.UnregisteredDevice.new(decoderDrm, pdev, { engines: 2, regs, streams: 0 });
    const reg = drm.Registration.new(pdev, udev, { maxStreams: 16 }, 0);
    udev.data = { engines: 2, regs, streams: 1 }; // expect: bindsafe/no-unregistered-device-use
    return { reg, regs };
  },
};
