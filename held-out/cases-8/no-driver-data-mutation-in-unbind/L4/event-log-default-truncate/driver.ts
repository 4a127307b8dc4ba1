// An auxiliary firmware-log child truncates its data's log with a default-exported helper from another module.
import type { auxiliary, device } from '@bindsafe/kernel';
import truncate from './res/truncate.js';

interface FwLogData {
  readonly entries: string[];
}

export const fwLogDriver: auxiliary.Driver<FwLogData> = {
  name: 'h8-fwlog',
  idTable: [{ modname: 'h8_wifi', name: 'fwlog' }],
  probe(_adev: auxiliary.Device<device.Core>): FwLogData {
    return { entries: ['boot ok'] };
  },
  unbind(_adev, data) {
    truncate(data.entries, 1); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
