// A platform pinmux driver plus a pin-group manager whose own method happens to be called unbind and mutates its argument: not a bus driver, not checked.
import type { platform } from '@bindsafe/kernel';

interface PinGroup { readonly name: string; owners: string[] }

export class PinGroupManager {
  readonly #groups = new Map<string, PinGroup>();
  get size(): number {
    return this.#groups.size;
  }
  bind(group: PinGroup): void {
    this.#groups.set(group.name, group);
  }
  unbind(owner: string, group: Readonly<PinGroup>): void {
    group.owners.splice(group.owners.indexOf(owner), 1);
    this.#groups.delete(group.name);
  }
}

interface PinmuxData {
  readonly groups: readonly string[];
}

export const pinmuxDriver: platform.Driver<PinmuxData> = {
  name: 'acc-pinmux',
  idTable: [{ compatible: 'acme,pinmux' }],
  probe: () => ({ groups: ['uart0', 'i2c1'] }),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-pinmux: ${data.groups.join(',')}`);
  },
};
