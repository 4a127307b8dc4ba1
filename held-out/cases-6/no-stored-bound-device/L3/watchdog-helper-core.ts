// A PCI driver starts a heartbeat through a same-file helper whose timer captures the probe Device<Core>.
import type { device, pci } from '@bindsafe/kernel';

function startHeartbeat(dev: pci.Device<device.Core>, periodMs: number): ReturnType<typeof setInterval> {
  return setInterval(() => dev.asRef().info('heartbeat'), periodMs);
}

interface HbData extends Disposable {
  readonly period: number;
}

export const driver: pci.Driver<HbData> = {
  name: 'held-heartbeat',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const period = 5000;
    const timer = startHeartbeat(pdev, period); // expect: bindsafe/no-stored-bound-device
    return {
      period,
      [Symbol.dispose]() {
        clearInterval(timer);
      },
    };
  },
};
