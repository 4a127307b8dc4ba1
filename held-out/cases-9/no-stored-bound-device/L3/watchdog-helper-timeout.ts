// [class 7] A PCI GPU arms a watchdog through a helper that schedules a setTimeout capturing the Device<Core>.
import type { device, pci } from '@bindsafe/kernel';

function armWatchdog(dev: pci.Device<device.Core>, ms = 2_000): NodeJS.Timeout {
  return setTimeout(() => dev.setMaster(), ms);
}

export const driver: pci.Driver<{ readonly watchdog: NodeJS.Timeout }> = {
  name: 'held9-gpu-watchdog',
  idTable: [{ vendor: 0x1002, device: 0x744c }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const watchdog = armWatchdog(pdev); // expect: bindsafe/no-stored-bound-device
    return { watchdog };
  },
};
