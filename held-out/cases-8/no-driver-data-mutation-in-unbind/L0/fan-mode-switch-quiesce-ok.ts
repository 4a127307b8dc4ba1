// A platform fan controller switches on the mode its data holds and quiesces the hardware; nothing is mutated.
import type { device, devres, platform } from '@bindsafe/kernel';

const enum FanMode {
  Off,
  Manual,
  Auto,
}

interface FanData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly mode: FanMode;
  readonly pwm: { readonly duty: number };
}

export const fanDriver: platform.Driver<FanData> = {
  name: 'h8-fan',
  idTable: [{ compatible: 'acme,pwm-fan' }],
  probe(pdev: platform.Device<device.Core>): FanData {
    return { mem: pdev.iomapResource(0), mode: FanMode.Auto, pwm: { duty: 40 } };
  },
  unbind(pdev, data) {
    const io = data.mem.access(pdev.asRef());
    switch (data.mode) {
      case FanMode.Off:
        return;
      case FanMode.Manual:
        io.write32(data.pwm.duty, 0x10);
        break;
      case FanMode.Auto:
        io.write32(100, 0x10);
        break;
    }
    io.write32(0, 0x00);
  },
};
