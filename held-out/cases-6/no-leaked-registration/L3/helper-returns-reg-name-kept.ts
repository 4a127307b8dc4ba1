// A camera driver's helper returns the ISP child's registration; probe keeps only its name.
import { auxiliary, device, type platform } from '@bindsafe/kernel';

function attachIsp(parent: device.Device<device.Bound>, index: number): auxiliary.Registration {
  const reg = auxiliary.Registration.new(parent, 'isp', index, 'held6_cam');
  console.debug(`isp ${index} at ${reg.name}`);
  return reg;
}

interface CamData {
  readonly ispName: string;
}

export const driver: platform.Driver<CamData> = {
  name: 'held6-cam-isp',
  idTable: [{ compatible: 'vendor,camss' }],
  probe(pdev) {
    const { name } = attachIsp(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { ispName: name };
  },
};
