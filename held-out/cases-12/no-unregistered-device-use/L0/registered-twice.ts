// A PCI GPU registers its primary node and then, to get a render node, hands the same unregistered device to a second registration.
import { drm, type pci } from '@bindsafe/kernel';

const enum NodeFlags {
  Primary = 0,
  Render = 1,
}

type RenderDrm = drm.Driver<{ readonly rings: number }, { readonly node: NodeFlags }, {}, 'pci'>;

const renderDrm: RenderDrm = {
  info: { name: 'rgpu', desc: 'Render GPU', major: 2, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

interface GpuNodes {
  readonly primary: drm.Registration<RenderDrm>;
  readonly render: drm.Registration<RenderDrm>;
}

export const renderDriver: pci.Driver<GpuNodes> = {
  name: 'rgpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.setMaster();
    const udev = drm.UnregisteredDevice.new(renderDrm, pdev, { rings: 4 });
    const primary = drm.Registration.new(pdev, udev, { node: NodeFlags.Primary }, NodeFlags.Primary);
    const render = drm.Registration.new(pdev, udev, { node: NodeFlags.Render }, NodeFlags.Render); // expect: bindsafe/no-unregistered-device-use
    return { primary, render };
  },
};
