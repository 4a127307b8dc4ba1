// A platform hwmon chip attaches its registers through the hwmon core's function-pointer table, which only reads calibration values. [class 7]
import { errors, type platform } from '@bindsafe/kernel';
import { hwmon_ops } from './hwmon/ops.js';

interface ChipData {
  readonly io: platform.IoMem;
}

export const chip_driver: platform.Driver<ChipData> = {
  name: 'hwmon_chip',
  idTable: [{ compatible: 'acme,hwmon' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const rc = hwmon_ops.attach(io, 4);
    switch (rc) {
      case 0:
        break;
      case -16:
        pdev.asRef().info('hwmon already attached');
        break;
      default:
        throw new errors.KernelError('EINVAL', `hwmon attach: ${rc}`);
    }
    return { io };
  },
};
