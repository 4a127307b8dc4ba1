// An auxiliary display child destructures its frame queue out of a nested record with a rest pattern and splices it [class 6]
import type { auxiliary } from '@bindsafe/kernel';

interface FrameQueue {
  readonly frames: number[];
  dropped: number;
}

interface DisplayData {
  readonly crtc: { readonly index: number; readonly queue: FrameQueue };
  readonly modes: readonly string[];
}

export const displayChild: auxiliary.Driver<DisplayData> = {
  name: 'display-child',
  idTable: [{ modname: 'nova_drm', name: 'display' }],
  probe(adev) {
    return { crtc: { index: adev.id, queue: { frames: [1, 2, 3], dropped: 0 } }, modes: ['1920x1080'] };
  },
  unbind(adev, data) {
    const {
      crtc: {
        queue: { frames },
        ...crtcRest
      },
      ...rest
    } = data;
    adev.asRef().info(`crtc ${crtcRest.index}: ${frames.length} frames, ${rest.modes.length} modes`);
    frames.splice(0, frames.length - 1); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
