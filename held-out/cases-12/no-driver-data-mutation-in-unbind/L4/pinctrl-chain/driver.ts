// A platform pin controller unmuxes its pins in unbind through a helper that calls a deleting helper of a third module. [class 6]
import type { devres, platform } from '@bindsafe/kernel';
import { unmuxAll } from './util/mux.js';
import type { PinTable } from './util/table.js';

interface PinctrlData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly functions: PinTable;
}

export const pinctrlDriver: platform.Driver<PinctrlData> = {
  name: 'pinctrl-lite',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), functions: { PA0: 'uart', PA1: 'uart', PB4: 'i2c' } };
  },
  unbind(pdev, data) {
    const pins = Object.keys(data.functions);
    data.io.access(pdev.asRef()).write32(0, 0x00);
    const n = unmuxAll(data.functions, pins); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`pinctrl-lite: ${n} pins back to reset state`);
  },
};
