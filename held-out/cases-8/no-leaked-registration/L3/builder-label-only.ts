// A builder helper returns an object holding the child; probe keeps only the object's label. [class 4]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

interface ChildHandle {
  readonly registration: auxiliary.Registration;
  readonly label: string;
}

function buildChild(parent: device.Device<device.Bound>, label: string): ChildHandle {
  const registration = auxiliary.Registration.new(parent, label, 0, 'held8_rtc');
  return { registration, label: `${label}@${registration.name}` };
}

interface RtcData {
  readonly alarmLabel: string;
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'held8-rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const { label } = buildChild(pdev.asRef(), 'rtc-alarm'); // expect: bindsafe/no-leaked-registration
    return { alarmLabel: label };
  },
};
