// An RTC class driver counts unbinds on its own private field and only reads the driver data.
import type { device, devres, platform } from '@bindsafe/kernel';

interface RtcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly alarms: readonly number[];
}

export class RtcDriver implements platform.Driver<RtcData> {
  readonly name = 'held7-rtc';
  readonly idTable = [{ compatible: 'vendor,soc-rtc' }];
  #unbinds = 0;

  get unbinds(): number {
    return this.#unbinds;
  }

  probe(pdev: platform.Device<device.Core>): RtcData {
    return { mem: pdev.iomapResource(0), alarms: [60, 120] };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<RtcData>): void {
    this.#unbinds++;
    const io = data.mem.access(pdev.asRef());
    io.write32(0, 0x10);
    pdev.asRef().info(`rtc: ${data.alarms.length} alarms cancelled, unbind #${this.#unbinds}`);
  }
}
