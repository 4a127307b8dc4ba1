// A builder helper returns an object holding the child; probe keeps the whole object in the data. [class 4]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

interface ChildHandle {
  readonly registration: auxiliary.Registration;
  readonly label: string;
}

function buildChild(parent: device.Device<device.Bound>, label: string): ChildHandle {
  const registration = auxiliary.Registration.new(parent, label, 0, 'held8_rtc2');
  return { registration, label: `${label}@${registration.name}` };
}

interface RtcData {
  readonly alarm: ChildHandle;
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'held8-rtc2',
  idTable: [{ compatible: 'acme,rtc-v2' }],
  probe(pdev) {
    const alarm = buildChild(pdev.asRef(), 'rtc-alarm');
    return { alarm };
  },
};
