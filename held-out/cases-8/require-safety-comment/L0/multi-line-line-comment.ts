// A PCI audio card's SAFETY justification spans three // lines directly above the unsafeAsBound() call.
import type { device, pci } from '@bindsafe/kernel';

interface AudioData {
  readonly handle: device.Device<device.Normal>;
  readonly streams: readonly string[];
}

export const driver: pci.Driver<AudioData> = {
  name: 'held8-audio-multiline',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), streams: ['playback', 'capture'] };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind is a bus callback of this very device, so the binding is alive
    // until it returns; the bound view below is only used for logging and never
    // kept anywhere.
    const bound = data.handle.unsafeAsBound();
    for (const stream of data.streams) bound.info(`audio: stop ${stream}`);
  },
};
