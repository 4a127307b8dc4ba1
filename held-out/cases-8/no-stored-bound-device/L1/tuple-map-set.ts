// A platform DSP stores a readonly tuple of its IoMem and channel count in a module-level Map.
import type { platform } from '@bindsafe/kernel';

type Slot = readonly [platform.IoMem, number];

const slots = new Map<string, Slot>();

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly channels: number }> = {
  name: 'held8-dsp-tuple',
  idTable: [{ compatible: 'acme,dsp' }],
  probe(pdev) {
    const io = pdev.iomapResource(1).access(pdev.asRef());
    const channels = io.read32(0) & 0xf;
    const slot: Slot = [io, channels];
    slots.set(pdev.compatible, slot); // expect: bindsafe/no-stored-bound-device
    return { io, channels };
  },
};
