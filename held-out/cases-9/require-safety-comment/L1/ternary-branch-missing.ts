// A PCI audio controller picks a cached bound device or re-proves binding in a ternary, without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface AudioData {
  readonly handle: device.Device;
  readonly codecs: number;
}

export function describe(data: AudioData, live: device.Device<device.Bound> | undefined): string {
  const dev = live !== undefined ? live : data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  return `${dev.name}: ${data.codecs} codecs`;
}

export const audioDriver: pci.Driver<AudioData> = {
  name: 'h9-hda',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), codecs: 2 };
  },
  unbind(pdev, data) {
    pdev.asRef().info(describe(data, pdev.asRef()));
  },
};
