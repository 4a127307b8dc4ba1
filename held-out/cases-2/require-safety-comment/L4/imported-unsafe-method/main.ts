// A class method tagged @unsafe in another module, called without a comment. [class 2]
import type { device } from '@bindsafe/kernel';
import { Handles } from './handles.js';

export function announce(handles: Handles, dev: device.Device): void {
  handles.bound(dev).info('announce'); // expect: bindsafe/require-safety-comment
}
