// [class 7] A PCI RTC returns data with a getter that captures the probe Device<Core>.
import type { device, pci } from '@bindsafe/kernel';
interface RtcData { readonly bar: pci.Bar; readonly label: string }
export const driver: pci.Driver<RtcData> = {
  name: 'h10-rtc-getter',
  idTable: [{ vendor: 0x1af4, device: 0x1038 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-rtc-getter').access(pdev.asRef());

    return {
      bar,
      get label() { // expect: bindsafe/no-stored-bound-device
        return `rtc@${pdev.name}`;
      },
    };
  },
};
