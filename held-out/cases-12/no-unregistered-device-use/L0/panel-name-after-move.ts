// An auxiliary display-panel driver logs the DRM device name after handing the device to its registration.
import { drm, type auxiliary } from '@bindsafe/kernel';

interface PanelData {
  label: string;
  readonly lanes: number;
}
type PanelDrm = drm.Driver<PanelData, { readonly refreshHz: number }, {}, 'auxiliary'>;

const panelDrm: PanelDrm = {
  info: { name: 'dsipanel', desc: 'DSI panel', major: 1, minor: 2, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export class PanelBinding {
  constructor(readonly reg: drm.Registration<PanelDrm>) {}
}

export const panelDriver: auxiliary.Driver<PanelBinding> = {
  name: 'dsi-panel',
  idTable: [{ modname: 'dsi_host', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { label: 'panel', lanes: 4 });
    const reg = drm.Registration.new(adev, udev, { refreshHz: 60 }, 0);
    adev.asRef().info(`panel ${udev.name} registered with ${reg.device().data.lanes} lanes`); // expect: bindsafe/no-unregistered-device-use
    return new PanelBinding(reg);
  },
};
