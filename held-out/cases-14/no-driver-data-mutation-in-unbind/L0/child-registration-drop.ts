// A PCI display controller owns its auxiliary audio child behind a getter; unbind drops the child registration by hand.
import { auxiliary, type pci } from '@bindsafe/kernel';

class DisplayData {
  readonly #audio: auxiliary.Registration;
  readonly #model: number;
  constructor(audio: auxiliary.Registration, model: number) {
    this.#audio = audio;
    this.#model = model;
  }
  get audio(): auxiliary.Registration {
    return this.#audio;
  }
  get model(): number {
    return this.#model;
  }
}

export const displayDriver: pci.Driver<DisplayData> = {
  name: 'acc-display',
  idTable: [{ vendor: 0x8086, device: 0x46a6 }],
  probe(pdev) {
    const audio = auxiliary.Registration.new(pdev.asRef(), 'hda', 0, 'acc_display');
    return new DisplayData(audio, pdev.deviceId);
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-display: model ${data.model.toString(16)} going away`);
    void data.audio.drop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
