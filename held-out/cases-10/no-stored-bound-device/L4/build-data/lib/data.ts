import type { device, pci } from '@bindsafe/kernel';
export class AudioData {
  private constructor(readonly owner: pci.Device<device.Bound>, readonly bar: pci.Bar) {}
  static of(owner: pci.Device<device.Bound>, bar: pci.Bar): AudioData {
    return new AudioData(owner, bar);
  }
}
