// An auxiliary packet router forgets routes through a rest-parameter helper that deletes from the Map it gets.
import type { auxiliary } from '@bindsafe/kernel';

interface RouterData {
  readonly routes: Map<string, number>;
}

function forgetAll(table: Map<string, number>, ...keys: string[]): number {
  let removed = 0;
  for (const key of keys) if (table.delete(key)) removed++;
  return removed;
}

export const routerDriver: auxiliary.Driver<RouterData> = {
  name: 'h11-router',
  idTable: [{ modname: 'h11_nic', name: 'router' }],

  probe() {
    return { routes: new Map([['lan', 1], ['wan', 2]]) };
  },

  unbind(adev, data) {
    const n = forgetAll(data.routes, 'lan', 'wan'); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`router: ${n} routes removed`);
  },
};
