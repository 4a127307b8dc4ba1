// An auxiliary panel driver fills in its DRM private data before the move and logs through the registered device afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';

interface PanelData {
  label: string;
  lanes: number;
}
type PanelDrm = drm.Driver<PanelData, { readonly refreshHz: number }, {}, 'auxiliary'>;

const panelDrm: PanelDrm = {
  info: { name: 'edpanel', desc: 'eDP panel', major: 1, minor: 0, patchlevel: 3 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const edpPanelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<PanelDrm> }> = {
  name: 'edp-panel',
  idTable: [{ modname: 'edp_host', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { label: 'edp', lanes: 2 });
    udev.data.label = `edp-${adev.id}`;
    udev.data.lanes = adev.modname === 'edp_host' ? 4 : 2;
    adev.asRef().info(`setting up ${udev.name}`);
    const reg = drm.Registration.new(adev, udev, { refreshHz: 120 }, 0);
    const dev = reg.device();
    adev.asRef().info(`panel ${dev.name} registered with ${dev.data.lanes} lanes`);
    return { reg };
  },
};
