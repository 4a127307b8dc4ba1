// A platform ADC frees its conversion interrupt through a same-file helper called from unbind. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

interface AdcData {
  readonly irq: platform.IrqRegistration;
  readonly io: devres.Devres<platform.IoMem>;
  readonly samples: Uint16Array;
}

function quiesce(io: devres.Devres<platform.IoMem>): void {
  io.tryAccessWith((mem) => mem.write32(0, 0x08));
}

function release(irq: platform.IrqRegistration): boolean {
  if (irq.freed) return false;
  irq[Symbol.dispose]();
  return true;
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
    quiesce(data.io);
    if (release(data.irq)) pdev.asRef().info('saradc-lite: irq freed'); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
