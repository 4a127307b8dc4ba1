// A platform audio mixer stops every route through its data's own method from a forEach callback: the method may lock.
import type { platform } from '@bindsafe/kernel';

class MixerData {
  readonly #active = new Set<string>(['dac', 'hp']);

  get routes(): string[] {
    return [...this.#active];
  }

  stop(route: string): void {
    this.#active.delete(route);
  }
}

export const mixerDriver: platform.Driver<MixerData> = {
  name: 'h9-mixer',
  idTable: [{ compatible: 'acme,mixer' }],
  probe() {
    return new MixerData();
  },
  unbind(_pdev, data) {
    data.routes.forEach((route) => data.stop(route));
  },
};
