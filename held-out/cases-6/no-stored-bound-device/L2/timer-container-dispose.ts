// A fan driver polls through its Devres container and a toNormal() handle; the timer is cleared in the data's dispose.
import type { devres, platform } from '@bindsafe/kernel';

interface FanData extends Disposable {
  readonly regs: devres.Devres<platform.IoMem>;
}

export const driver: platform.Driver<FanData> = {
  name: 'held-fan-timer',
  idTable: [{ compatible: 'vendor,fan' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const handle = pdev.toNormal();
    let rpm = 0;
    const timer = setInterval(() => {
      const value = regs.tryAccessWith((io) => io.read32(0x10));
      if (value === undefined) return;
      rpm = value;
      if (rpm === 0) handle.asRef().info('fan stalled');
    }, 2000);
    return {
      regs,
      [Symbol.dispose]() {
        clearInterval(timer);
      },
    };
  },
};
