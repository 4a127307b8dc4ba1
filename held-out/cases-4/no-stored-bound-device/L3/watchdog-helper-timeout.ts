// A helper arms a setTimeout over the device it is given; probe passes its own Device<Core> (through asRef()).
import type { device, devres, platform } from '@bindsafe/kernel';

function armWatchdog(dev: device.Device<device.Bound>, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(() => dev.info('watchdog: no heartbeat from firmware'), ms);
}

interface McuData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly watchdog: ReturnType<typeof setTimeout>;
}

export const mcuDriver: platform.Driver<McuData> = {
  name: 'held-mcu',
  idTable: [{ compatible: 'st,stm32-mcu-link' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(0x1, 0x00);
    const watchdog = armWatchdog(pdev.asRef(), 5_000); // expect: bindsafe/no-stored-bound-device
    return { mem, watchdog };
  },
  unbind(_pdev, data) {
    clearTimeout(data.watchdog);
  },
};
