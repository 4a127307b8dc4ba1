// A platform audio link turns two stored handles into bound devices in an array literal; only the first element has a SAFETY comment.
import type { device, platform } from '@bindsafe/kernel';

interface LinkData {
  readonly cpu: device.Device;
  readonly codec: device.Device;
}

export const driver: platform.Driver<LinkData> = {
  name: 'held-audio-link-array',
  idTable: [{ compatible: 'vendor,audio-link' }],
  probe(pdev) {
    const self = pdev.asRef().toNormal();
    return { cpu: self, codec: self };
  },
  unbind(_pdev, data) {
    const ends = [
      // SAFETY: the CPU end is this device, bound while its unbind runs.
      data.cpu.unsafeAsBound(),
      data.codec.unsafeAsBound(), // expect: bindsafe/require-safety-comment
    ];
    for (const end of ends) end.info('audio link down');
  },
};
