// [class 4] A platform video-capture driver calls `seal()`, `delete()` and `set()` of its own generic registry class (defined in another module): the data's own methods.
import type { device, platform } from '@bindsafe/kernel';
import { SessionRegistry } from './model/index.js';

interface CaptureData {
  readonly sessions: SessionRegistry<number, string>;
}

export const captureDriver: platform.Driver<CaptureData> = {
  name: 'h8-capture',
  idTable: [{ compatible: 'acme,csi-capture' }],
  probe(_pdev: platform.Device<device.Core>): CaptureData {
    return { sessions: SessionRegistry.of([[1, 'preview']]) };
  },
  unbind(pdev, data) {
    data.sessions.seal();
    data.sessions.delete(1);
    data.sessions.set(2, 'late');
    pdev.asRef().info(`h8-capture: ${data.sessions.size} sessions left`);
  },
};
