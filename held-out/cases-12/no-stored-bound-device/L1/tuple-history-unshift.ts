// A thermal driver prepends a [device, window] tuple for each probe to a module-level history [class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

type Probed = readonly [dev: device.Device<device.Core>, window: platform.IoMem];
const history: Probed[] = [];

export const thermalDriver: platform.Driver<{ readonly tsens: devres.Devres<platform.IoMem> }> = {
  name: 'tsens-lite',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    const dev = pdev.asRef();
    const entry: Probed = [dev, tsens.access(dev)];
    history.unshift(entry); // expect: bindsafe/no-stored-bound-device
    if (history.length > 8) history.length = 8;
    return { tsens };
  },
};
