// A class that creates the Bluetooth and Wi-Fi children in its constructor and owns them through private fields.
import { auxiliary, type device } from '@bindsafe/kernel';

export class RadioChildren implements AsyncDisposable {
  readonly #bt: auxiliary.Registration;
  readonly #wifi: auxiliary.Registration;

  constructor(parent: device.Device<device.Bound>, id: number) {
    this.#bt = auxiliary.Registration.new(parent, 'bt', id, 'held4_combo');
    this.#wifi = auxiliary.Registration.new(parent, 'wifi', id, 'held4_combo');
  }

  names(): string[] {
    return [this.#bt.name, this.#wifi.name];
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.#wifi.drop();
    await this.#bt.drop();
  }
}
