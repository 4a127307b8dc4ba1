// A platform ADC quiesces its converter through same-file helpers in unbind and leaves the interrupt to the data's drop. [class 1]
import type { device, devres, platform } from '@bindsafe/kernel';

interface AdcData {
  readonly irq: platform.IrqRegistration;
  readonly io: devres.Devres<platform.IoMem>;
  readonly samples: Uint16Array;
}

function quiesce(io: devres.Devres<platform.IoMem>, dev: device.Device<device.Bound>): void {
  const mem = io.access(dev);
  mem.write32(0, 0x08);
  mem.write32(1, 0x0c);
}

function lastSample(samples: Readonly<Uint16Array>): number {
  return samples[0] ?? 0;
}

export const adcDriver: platform.Driver<AdcData> = {
  name: 'saradc-lite',
  idTable: [{ compatible: 'rockchip,saradc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const samples = new Uint16Array(16);
    const irq = pdev.requestIrq(0, 'saradc-lite', () => {
      samples[0] = io.tryAccessWith((mem) => mem.read32(0x00) & 0x3ff) ?? 0;
    });
    return { irq, io, samples };
  },
  unbind(pdev, data) {
    quiesce(data.io, pdev.asRef());
    pdev.asRef().info(`saradc-lite: last sample ${lastSample(data.samples)}, irq freed with the data: ${!data.irq.freed}`);
  },
};
