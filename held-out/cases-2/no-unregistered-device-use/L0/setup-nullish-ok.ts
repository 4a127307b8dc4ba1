// Setup with ??= and compound assignment on the unregistered device's data, all before the move. [class 8]
import { drm, type platform } from '@bindsafe/kernel';

interface PanelData {
  label?: string;
  modes: number;
}
type PanelDrm = drm.Driver<PanelData, { readonly mem: platform.IoMem }, {}, 'platform'>;

const panelDrm: PanelDrm = {
  info: { name: 'panel', desc: 'Held panel', major: 1, minor: 0, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const driver: platform.Driver<{ readonly reg: drm.Registration<PanelDrm> }> = {
  name: 'held2-nudu-setup',
  idTable: [{ compatible: 'held2,panel' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0).access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(panelDrm, pdev, { modes: 0 });
    udev.data.label ??= pdev.compatible;
    udev.data.modes += mem.read32(0) & 0xf;
    const reg = drm.Registration.new(pdev, udev, { mem }, 0);
    return { reg };
  },
};
