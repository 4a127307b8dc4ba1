// A flash controller picks its fast or slow register window with a conditional and publishes it [class 6]
import type { devres, platform } from '@bindsafe/kernel';

export let activeWindow: platform.IoMem | undefined;

type FlashInfo = { readonly fastPath: boolean };

export const flashDriver: platform.Driver<{ readonly slow: devres.Devres<platform.IoMem>; readonly fast: devres.Devres<platform.IoMem> }, FlashInfo> = {
  name: 'spi-nor-lite',
  idTable: [{ compatible: 'acme,spi-nor', info: { fastPath: true } }],
  probe(pdev, info) {
    const slow = pdev.iomapResource(0);
    const fast = pdev.iomapResource(1);
    const dev = pdev.asRef();
    activeWindow = info?.fastPath ? fast.access(dev) : slow.access(dev); // expect: bindsafe/no-stored-bound-device
    return { slow, fast };
  },
};
