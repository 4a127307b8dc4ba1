// A platform RTC class driver marks its status record gone through a const arrow helper in the same file.
import type { device, platform } from '@bindsafe/kernel';

interface RtcStatus {
  gone: boolean;
  alarms: number;
}

interface RtcData {
  readonly status: RtcStatus;
}

const markGone = (status: RtcStatus): void => {
  status.gone = true;
};

export class RtcDriver implements platform.Driver<RtcData> {
  readonly name = 'h11-rtc';
  readonly idTable = [{ compatible: 'acme,rtc' }];

  probe(): RtcData {
    return { status: { gone: false, alarms: 0 } };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<RtcData>): void {
    if (data.status.alarms > 0) pdev.asRef().info(`rtc: ${data.status.alarms} alarms pending`);
    markGone(data.status); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
