// A platform codec creates a loopback child for a self test and drops it on every normal path. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface CodecInfo {
  readonly selfTest: boolean;
}

export const codecDriver: platform.Driver<{ readonly compatible: string }, CodecInfo> = {
  name: 'wm8960',
  idTable: [
    { compatible: 'wlf,wm8960', info: { selfTest: true } },
    { compatible: 'wlf,wm8960-lite', info: { selfTest: false } },
  ],
  probe(pdev, info) {
    const loopback = auxiliary.Registration.new(pdev.asRef(), 'loopback', 0, 'wm8960');
    if (info?.selfTest) {
      pdev.asRef().info(`self test through ${loopback.name}`);
      void loopback.drop();
    } else {
      void loopback.drop();
    }
    return { compatible: pdev.compatible };
  },
};
