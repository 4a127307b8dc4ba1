// A PCI tuner's data class clears its own Map in [Symbol.dispose], which runs after unbind; unbind itself only reads. [class 1]
import type { pci } from '@bindsafe/kernel';

class TunerData implements Disposable {
  readonly channels = new Map<number, string>([[1, 'news'], [2, 'sport']]);
  readonly retuned: number[] = [];

  [Symbol.dispose](): void {
    this.channels.clear();
    this.retuned.length = 0;
  }
}

export const tunerDriver: pci.Driver<TunerData> = {
  name: 'h9-tuner',
  idTable: [{ vendor: 0x14f1, device: 0x8852 }],
  probe() {
    const data = new TunerData();
    data.retuned.push(1);
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`${data.channels.size} channels, ${data.retuned.length} retunes`);
  },
};
