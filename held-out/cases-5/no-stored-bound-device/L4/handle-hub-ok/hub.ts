// A module-level hub of platform devices: stores Device<Normal> handles and Devres containers only.
import type { devres, platform } from '@bindsafe/kernel';

export interface HubEntry {
  readonly handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export default class DeviceHub {
  readonly #entries = new Map<string, HubEntry>();

  attach(handle: platform.Device, mem: devres.Devres<platform.IoMem>): void {
    this.#entries.set(handle.name, { handle, mem });
  }

  detach(name: string): void {
    this.#entries.delete(name);
  }

  readAll(offset: number): (number | undefined)[] {
    return [...this.#entries.values()].map((e) => e.mem.tryAccessWith((io) => io.read32(offset)));
  }
}

export const hub = new DeviceHub();
