// A media driver's unbind takes a `structuredClone` of its config and scrubs the clone before logging it.
import type { platform } from '@bindsafe/kernel';

interface MediaCfg {
  codec: string;
  key?: string;
  bitrate: number;
}

interface MediaData {
  readonly cfg: MediaCfg;
}

export const driver: platform.Driver<MediaData> = {
  name: 'held6-dm-media',
  idTable: [{ compatible: 'vendor,vpu' }],
  probe() {
    return { cfg: { codec: 'av1', key: 'secret', bitrate: 8_000_000 } };
  },
  unbind(_pdev, data) {
    const snapshot = structuredClone(data.cfg);
    delete snapshot.key;
    snapshot.bitrate = Math.round(snapshot.bitrate / 1000);
    console.info('vpu config at unbind', snapshot);
  },
};
