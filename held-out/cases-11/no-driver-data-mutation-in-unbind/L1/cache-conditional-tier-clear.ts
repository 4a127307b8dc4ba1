// A platform cache controller picks one of two Maps of its data with a ternary and clears the chosen one. [class 6]
import type { device, platform } from '@bindsafe/kernel';

interface CacheData {
  readonly writeBack: boolean;
  readonly dirty: Map<number, number>;
  readonly clean: Map<number, number>;
}

export const cacheDriver: platform.Driver<CacheData> = {
  name: 'h11-l2c',
  idTable: [{ compatible: 'acme,l2-cache' }],

  probe(): CacheData {
    return { writeBack: true, dirty: new Map(), clean: new Map([[0, 1]]) };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<CacheData>): void {
    const victims = data.writeBack ? data.dirty : data.clean;
    pdev.asRef().info(`l2c: dropping ${victims.size} lines`);
    victims.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
