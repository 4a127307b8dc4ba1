// An auxiliary panel driver formats its banner with a same-file helper before the move, and reads the registered device afterwards.
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

function bannerOf(source: { readonly name: string; readonly data: PanelData }): string {
  const { width, height } = source.data;
  return `${source.name}: ${width}x${height}`;
}

export const mipiPanelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<PanelDrm>; readonly banner: string }> = {
  name: 'mipi-panel-2',
  idTable: [{ modname: 'mipi_dsi', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { width: 1080, height: 2400 });
    const staged = bannerOf(udev);
    const reg = drm.Registration.new(adev, udev, { bpp: 24 }, 0);
    const banner = `${staged} -> ${bannerOf(reg.device())}`;
    return { reg, banner };
  },
};
