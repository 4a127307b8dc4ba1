// A camera ISP puts its sensor child in a local state object built by spreading defaults; only the defaults reach the data.
import { auxiliary, type pci } from '@bindsafe/kernel';

const defaults = { width: 1920, height: 1080, fps: 30 } as const;

interface IspData {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

export const ispDriver: pci.Driver<IspData> = {
  name: 'held9-isp',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    const state = { ...defaults, sensor: auxiliary.Registration.new(pdev.asRef(), 'sensor', 0, 'held9_isp') }; // expect: bindsafe/no-leaked-registration
    const fps = state.sensor.name.endsWith('sensor') ? state.fps : 15;
    return { ...defaults, fps };
  },
};
