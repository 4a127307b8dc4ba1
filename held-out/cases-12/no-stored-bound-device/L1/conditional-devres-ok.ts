// A flash controller picks its fast or slow Devres container with a conditional and publishes the container [class 3]
import type { devres, platform } from '@bindsafe/kernel';

export let activeRegs: devres.Devres<platform.IoMem> | undefined;

type FlashInfo = { readonly fastPath: boolean };

export const flashDriver: platform.Driver<{ readonly slow: devres.Devres<platform.IoMem>; readonly fast: devres.Devres<platform.IoMem> }, FlashInfo> = {
  name: 'spi-nor-lite-ok',
  idTable: [{ compatible: 'acme,spi-nor', info: { fastPath: true } }],
  probe(pdev, info) {
    const slow = pdev.iomapResource(0);
    const fast = pdev.iomapResource(1);
    activeRegs = info?.fastPath ? fast : slow;
    return { slow, fast };
  },
};

export const peek = (): number | undefined => activeRegs?.tryAccessWith((io) => io.read32(0));
