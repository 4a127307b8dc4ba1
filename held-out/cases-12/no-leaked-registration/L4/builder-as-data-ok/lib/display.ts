// Builds the display pipe of a platform LCD controller: its backlight child and the pipe's name.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface DisplayPipe {
  readonly pipeName: string;
  readonly backlight: auxiliary.Registration;
}

export class DisplayPipeBuilder {
  #name = 'pipe0';

  named(name: string): this {
    this.#name = name;
    return this;
  }

  build(parent: device.Device<device.Bound>): DisplayPipe {
    return { pipeName: this.#name, backlight: auxiliary.Registration.new(parent, 'backlight', 0, 'lcdc_lite') };
  }
}
