// A sensor driver's unbind logs asynchronously over data holding only handles, Devres and numbers [class 4]
import type { devres, pci } from '@bindsafe/kernel';

interface SensorData {
  readonly handle: pci.Device;
  readonly regs: devres.Devres<pci.Bar>;
  readonly channel: number;
}

export const sensorDriver: pci.Driver<SensorData> = {
  name: 'sensor-pci-ok',
  idTable: [{ vendor: 0x1af4, device: 0x10f0 }],
  probe(pdev) {
    return { handle: pdev.toNormal(), regs: pdev.iomapRegion(0, 'sensor'), channel: 3 };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    void Promise.resolve().then(() => data.handle.asRef().info(`channel ${data.channel} released`));
  },
};
