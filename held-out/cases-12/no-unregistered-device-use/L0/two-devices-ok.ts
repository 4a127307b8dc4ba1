// A PCI GPU exposes a primary and a render node, each from its own unregistered device.
import { drm, type pci } from '@bindsafe/kernel';

const NODE = { primary: 0, render: 1 } as const;
type NodeKind = (typeof NODE)[keyof typeof NODE];

type RenderDrm = drm.Driver<{ readonly rings: number }, { readonly node: NodeKind }, {}, 'pci'>;

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
  name: 'rgpu-2',
  idTable: [{ vendor: 0x1af4, device: 0x1051 }],
  probe(pdev) {
    pdev.setMaster();
    const primaryDev = drm.UnregisteredDevice.new(renderDrm, pdev, { rings: 4 });
    const renderDev = drm.UnregisteredDevice.new(renderDrm, pdev, { rings: 4 });
    const primary = drm.Registration.new(pdev, primaryDev, { node: NODE.primary }, NODE.primary);
    const render = drm.Registration.new(pdev, renderDev, { node: NODE.render }, NODE.render);
    return { primary, render };
  },
};
