// A helper publishes the child in a module-level registry slot; nothing in the data owns it. [class 4, 6]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const registry: { current?: auxiliary.Registration; published: number } = { published: 0 };

function publishRtc(parent: device.Device<device.Bound>): string {
  registry.current = auxiliary.Registration.new(parent, 'rtc', registry.published++, 'pmic');
  return registry.current.name;
}

export const pmicDriver: platform.Driver<{ readonly rtcName: string }> = {
  name: 'pmic-rtc',
  idTable: [{ compatible: 'vendor,pmic-rtc' }],
  probe(pdev) {
    const rtcName = publishRtc(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { rtcName };
  },
};
