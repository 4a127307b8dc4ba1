// [class 5] A firmware reload retires the registration through another module, then opens a file on its device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { retire } from './retire.js';

export class FirmwareReloader {
  #reloads = 0;

  async reload(reg: drm.Registration<AuxDrm>): Promise<number> {
    await retire(reg);
    const file = reg.device().openFile(); // expect: bindsafe/no-unregistered-device-use
    this.#reloads++;
    return file.inner().opened + this.#reloads;
  }
}
