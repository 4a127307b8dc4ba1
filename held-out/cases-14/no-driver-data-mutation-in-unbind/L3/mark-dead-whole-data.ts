// An auxiliary link driver passes its whole driver data to a same-file helper with a destructured parameter that flips a nested flag. [class 6]
import type { auxiliary } from '@bindsafe/kernel';

interface LinkState { up: boolean; flaps: number }
interface LinkData {
  readonly state: LinkState;
  readonly port: number;
}

function markDown({ state, port }: { readonly state: LinkState; readonly port: number }): string {
  state.up = false;
  return `port ${port} down`;
}

export const linkDriver: auxiliary.Driver<LinkData> = {
  name: 'acc-link',
  idTable: [{ modname: 'acc_switch', name: 'link' }],
  probe(adev) {
    const state: LinkState = { up: true, flaps: 0 };
    const port = adev.id;
    return {
      state,
      get port(): number {
        return port;
      },
    };
  },
  unbind(adev, data) {
    adev.asRef().info(markDown(data)); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
