// A platform GPIO expander has its own helper named unsafeAsBound with no @unsafe tag: no SAFETY comment is needed.
import type { device, platform } from '@bindsafe/kernel';

class ExpanderState {
  #bound = true;

  /** Returns the expander's cached bound flag (the name is historical; nothing unsafe here). */
  unsafeAsBound(): boolean {
    return this.#bound;
  }

  markGone(): void {
    this.#bound = false;
  }
}

function describe(state: ExpanderState, handle: device.Device): string {
  return `${handle.name}: ${state.unsafeAsBound() ? 'bound' : 'gone'}`;
}

export const driver: platform.Driver<{ readonly state: ExpanderState; readonly handle: device.Device }> = {
  name: 'held-gpio-expander-name',
  idTable: [{ compatible: 'vendor,gpio-expander' }],
  probe(pdev) {
    const state = new ExpanderState();
    const handle = pdev.asRef().toNormal();
    handle.info(describe(state, handle));
    return { state, handle };
  },
};
