// A PCI fan controller polls its tachometer with setInterval on a poll function bound to the BAR. [class 7]
import type { pci } from '@bindsafe/kernel';

const FAN_TACH = 0x30;
const POLL_MS = 1000;

interface FanData {
  readonly bar: pci.Bar;
}

let g_rpm = 0;

function fan_poll(bar: pci.Bar, shift: number): void {
  g_rpm = bar.read32(FAN_TACH) >> shift;
}

export const fan_driver: pci.Driver<FanData> = {
  name: 'fan_pci',
  idTable: [{ vendor: 0x1af4, device: 0x10f0 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'fan').access(pdev.asRef());
    setInterval(fan_poll.bind(null, bar, 2), POLL_MS); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
