// A platform RTC has a TODO comment mentioning safety above the unsafe call: it does not begin with the SAFETY tag, so the call is unjustified.
import type { device, devres, platform } from '@bindsafe/kernel';

interface RtcData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export function readSeconds(data: RtcData): number {
  // TODO: write the SAFETY argument once the PM rework lands.
  const dev = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  return data.mem.access(dev).read32(0x00);
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'h9-rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
};
