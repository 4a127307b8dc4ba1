// A platform pin controller unmuxes a spread copy of its pin table in unbind through a helper chain of two modules. [class 6]
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
    const planned: PinTable = { ...data.functions };
    data.io.access(pdev.asRef()).write32(0, 0x00);
    const n = unmuxAll(planned, Object.keys(planned));
    pdev.asRef().info(`pinctrl-lite: ${n} pins back to reset state, ${Object.keys(planned).length} left in the plan`);
  },
};
