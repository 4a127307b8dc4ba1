// A camera sensor hub registers each sensor in a `forEach` callback but keeps only the names.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface HubData {
  readonly sensors: string[];
}

export const driver: platform.Driver<HubData, { sensors: readonly string[] }> = {
  name: 'held6-sensor-hub',
  idTable: [{ compatible: 'vendor,sensor-hub', info: { sensors: ['front', 'rear'] } }],
  probe(pdev, info) {
    const parent = pdev.asRef();
    const sensors: string[] = [];
    (info?.sensors ?? []).forEach((s, id) => {
      const reg = auxiliary.Registration.new(parent, `cam-${s}`, id, 'held6_hub'); // expect: bindsafe/no-leaked-registration
      sensors.push(reg.name);
    });
    return { sensors };
  },
};
