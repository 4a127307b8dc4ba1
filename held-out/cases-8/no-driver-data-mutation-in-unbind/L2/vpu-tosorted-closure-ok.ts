// [class 4] A platform video decoder's local arrow uses the non-mutating `toSorted` / `toReversed` / `with` on its data's arrays.
import type { device, platform } from '@bindsafe/kernel';

interface VpuData {
  readonly frameIds: number[];
  readonly profiles: string[];
}

export const vpuDriver: platform.Driver<VpuData> = {
  name: 'h8-vpu',
  idTable: [{ compatible: 'acme,hantro' }],
  probe(_pdev: platform.Device<device.Core>): VpuData {
    return { frameIds: [3, 1, 2], profiles: ['main', 'high'] };
  },
  unbind(pdev, data) {
    const describe = (): string => {
      const frames = data.frameIds.toSorted((a, b) => a - b).toReversed();
      const profiles = data.profiles.with(0, 'baseline');
      return `${frames.join(',')} / ${profiles.join(',')}`;
    };
    pdev.asRef().info(`h8-vpu: ${describe()}`);
  },
};
