// A PCI display controller owns its auxiliary audio child and drops it in its own async destructor; unbind only reads accessors. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

class DisplayData implements AsyncDisposable {
  readonly #audio: auxiliary.Registration;
  constructor(audio: auxiliary.Registration, readonly model: number) {
    this.#audio = audio;
  }
  get audioName(): string {
    return this.#audio.name;
  }
  async [Symbol.asyncDispose](): Promise<void> {
    await this.#audio.drop();
  }
}

export const displayDriver: pci.Driver<DisplayData> = {
  name: 'acc-display-ok',
  idTable: [{ vendor: 0x8086, device: 0x46a7 }],
  probe(pdev) {
    const audio = auxiliary.Registration.new(pdev.asRef(), 'hda', 1, 'acc_display_ok');
    return new DisplayData(audio, pdev.deviceId);
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-display-ok: ${data.audioName} leaves with the data (model ${data.model})`);
  },
};
