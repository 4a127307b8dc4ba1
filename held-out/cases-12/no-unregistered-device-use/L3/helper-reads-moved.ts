// An auxiliary panel driver formats its banner with a same-file helper, called on the device after it was moved.
import { drm, type auxiliary } from '@bindsafe/kernel';

interface PanelData {
  readonly width: number;
  readonly height: number;
}
type PanelDrm = drm.Driver<PanelData, { readonly bpp: number }, {}, 'auxiliary'>;

const panelDrm: PanelDrm = {
  info: { name: 'mipipanel', desc: 'MIPI panel', major: 1, minor: 4, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

function bannerOf(udev: drm.UnregisteredDevice<PanelDrm>): string {
  const { width, height } = udev.data;
  return `${udev.name}: ${width}x${height}`;
}

export const mipiPanelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<PanelDrm>; readonly banner: string }> = {
  name: 'mipi-panel',
  idTable: [{ modname: 'mipi_dsi', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { width: 1080, height: 2400 });
    const reg = drm.Registration.new(adev, udev, { bpp: 24 }, 0);
    const banner = bannerOf(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, banner };
  },
};
