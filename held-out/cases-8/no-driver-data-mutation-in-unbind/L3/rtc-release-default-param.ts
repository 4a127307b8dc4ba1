// [class 1] A platform RTC calls a helper with a default parameter that disposes the registration it is given: the alarm IRQ its data owns.
import type { device, platform } from '@bindsafe/kernel';

interface RtcData {
  readonly alarmIrq: platform.IrqRegistration;
}

function release(resource: Disposable, reason = 'unbind'): string {
  resource[Symbol.dispose]();
  return reason;
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'h8-rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev: platform.Device<device.Core>): RtcData {
    return { alarmIrq: pdev.requestIrq(0, 'h8-rtc/alarm', () => undefined) };
  },
  unbind(pdev, data) {
    const why = release(data.alarmIrq); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`h8-rtc: alarm released (${why})`);
  },
};
