// A platform panel driver returns a DisplayState made by an imported static factory as its driver data.
import type { platform } from '@bindsafe/kernel';
import { DisplayState } from './state.js';

export const driver: platform.Driver<DisplayState> = {
  name: 'held9-panel-factory',
  idTable: [{ compatible: 'acme,panel' }],
  probe(pdev) {
    const state = DisplayState.create(pdev);
    state.brightness = 80;
    return state;
  },
};
