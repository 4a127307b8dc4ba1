// A platform pin controller deletes a per-pin override from a record its data holds.
import type { device, platform } from '@bindsafe/kernel';

interface PinData {
  readonly overrides: Partial<Record<string, 'pull-up' | 'pull-down'>>;
}

export const pinctrlDriver: platform.Driver<PinData> = {
  name: 'h11-pinctrl',
  idTable: [{ compatible: 'acme,pinctrl' }],

  probe(): PinData {
    return { overrides: { gpio3: 'pull-up', gpio7: 'pull-down' } };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<PinData>): void {
    if (data.overrides.gpio3 !== undefined) {
      delete data.overrides.gpio3; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
    pdev.asRef().info(`pinctrl: ${Object.keys(data.overrides).length} overrides kept`);
  },
};
