// A platform clock driver walks its clock tree with a recursive same-file helper in unbind that only gates each clock through its own method. [class 6]
import type { platform } from '@bindsafe/kernel';

class Clock {
  #enables = 1;
  constructor(readonly name: string, readonly children: readonly Clock[] = []) {}
  get enabled(): boolean {
    return this.#enables > 0;
  }
  gate(): void {
    this.#enables = 0;
  }
}

function gateTree(node: Clock): number {
  node.gate();
  return 1 + node.children.reduce((n, c) => n + gateTree(c), 0);
}

export const clkTreeDriver: platform.Driver<{ readonly root: Clock }> = {
  name: 'acc-clktree-ok',
  idTable: [{ compatible: 'acme,clktree-v2' }],
  probe: () => ({ root: new Clock('osc', [new Clock('pll0')]) }),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-clktree-ok: gated ${gateTree(data.root)} clocks`);
  },
};
