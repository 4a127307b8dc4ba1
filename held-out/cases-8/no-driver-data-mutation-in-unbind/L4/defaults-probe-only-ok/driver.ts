// A platform panel driver fills its settings' defaults (a mutating helper from another module) in probe; unbind only validates them.
import type { device, platform } from '@bindsafe/kernel';
import { fillDefaults, validate, type PanelSettings } from './settings.js';

interface PanelData {
  readonly settings: PanelSettings;
}

export const panelDriver: platform.Driver<PanelData, PanelSettings> = {
  name: 'h8-panel',
  idTable: [{ compatible: 'acme,edp-panel', info: { refreshHz: 120 } }],
  probe(_pdev: platform.Device<device.Core>, info: PanelSettings | undefined): PanelData {
    const settings: PanelSettings = { ...info };
    fillDefaults(settings);
    return { settings };
  },
  unbind(pdev, data) {
    for (const problem of validate(data.settings)) pdev.asRef().info(`h8-panel: ${problem}`);
  },
};
