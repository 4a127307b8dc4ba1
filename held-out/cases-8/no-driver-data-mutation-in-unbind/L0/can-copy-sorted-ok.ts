// [class 4] A platform CAN controller sorts and trims a spread copy of its pending-frame list in unbind.
import type { device, platform } from '@bindsafe/kernel';

interface CanFrame {
  readonly id: number;
  readonly len: number;
}

interface CanData {
  readonly pending: CanFrame[];
}

export const canDriver: platform.Driver<CanData> = {
  name: 'h8-can',
  idTable: [{ compatible: 'acme,can-fd' }],
  probe(_pdev: platform.Device<device.Core>): CanData {
    return { pending: [{ id: 0x7df, len: 8 }] };
  },
  unbind(pdev, data) {
    const byId = [...data.pending];
    byId.sort((a, b) => a.id - b.id);
    byId.length = Math.min(byId.length, 4);
    pdev.asRef().info(`h8-can: dropping frames ${byId.map((f) => f.id.toString(16)).join(',')}`);
  },
};
