// A PCI DMA engine passes a function expression to filter(); the SAFETY comment directly above the callback covers its call.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly channels: readonly device.Device<device.Normal>[] }> = {
  name: 'held8-dma-function-expr',
  idTable: [{ vendor: 0x8086, device: 0x2021 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { channels: [handle, handle] };
  },
  unbind(_pdev, data) {
    const busy = data.channels.filter(
      // SAFETY: each channel handle is this device, which unbind keeps bound until it returns.
      function (channel) {
        return channel.unsafeAsBound().name.startsWith('0000:');
      },
    );
    data.channels[0]?.info(`dma: ${busy.length} channels drained`);
  },
};
