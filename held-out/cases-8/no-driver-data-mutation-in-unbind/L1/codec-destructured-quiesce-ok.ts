// A platform audio codec destructures its data (with a renamed binding) and only quiesces the hardware through it.
import type { device, devres, platform } from '@bindsafe/kernel';

interface CodecData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly label: string;
  readonly volume: { readonly left: number; readonly right: number };
}

export const codecDriver: platform.Driver<CodecData> = {
  name: 'h8-codec',
  idTable: [{ compatible: 'acme,wm-codec' }],
  probe(pdev: platform.Device<device.Core>): CodecData {
    return { mem: pdev.iomapResource(0), label: 'codec0', volume: { left: 80, right: 80 } };
  },
  unbind(pdev, data) {
    const {
      mem: regs,
      label,
      volume: { left, right },
    } = data;
    const io = regs.access(pdev.asRef());
    io.write32(0, 0x20);
    pdev.asRef().info(`${label}: muted (was ${left}/${right})`);
  },
};
