// A PCI ADC keeps a [min, max] sample window as a tuple and resets its upper bound in unbind [class 6]
import type { devres, pci } from '@bindsafe/kernel';

type Window = [min: number, max: number];

interface AdcData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly window: Window;
  readonly history: Window[];
}

export const pciAdc: pci.Driver<AdcData> = {
  name: 'pci-adc',
  idTable: [{ vendor: 0x10b5, device: 0x9050 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'pci-adc');
    const window: Window = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    return { bar, window, history: [] };
  },
  unbind(pdev, data) {
    const [min, max] = data.window;
    pdev.asRef().info(`pci-adc: window ${min}..${max}, ${data.history.length} archived`);
    data.window[1] = Number.NEGATIVE_INFINITY; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
