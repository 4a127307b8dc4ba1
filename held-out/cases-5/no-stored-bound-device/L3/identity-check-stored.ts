// A same-file `checked()` helper validates an IoMem's size and returns what it was given; probe keeps the result in a module `let`. [class 7]
import { errors } from '@bindsafe/kernel';
import type { devres, platform } from '@bindsafe/kernel';

function checked<T extends { readonly size: number }>(region: T, min: number): T {
  if (region.size < min) throw new errors.KernelError('EINVAL', `region too small: ${region.size} < ${min}`);
  return region;
}

let rtcIo: platform.IoMem | undefined;

interface RtcData {
  readonly mem: devres.Devres<platform.IoMem>;
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'held-pl031-rtc',
  idTable: [{ compatible: 'arm,pl031' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    rtcIo = checked(mem.access(pdev.asRef()), 0x20); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};

export function secondsSinceEpoch(): number {
  return rtcIo?.read32(0x00) ?? 0;
}
