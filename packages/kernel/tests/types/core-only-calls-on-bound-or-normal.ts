// model.md "What tsc must reject": Core-only calls on a Bound or Normal device.
import { pciBound, pciCore, pciNormal } from './fixtures.js';

// Correct: inside a bus callback the device is `Device<Core>`.
pciCore.enableDeviceMem();
pciCore.setMaster();

// @ts-expect-error enableDeviceMem needs Device<Core>; a Device<Bound> is not inside a callback.
pciBound.enableDeviceMem();
// @ts-expect-error setMaster needs Device<Core>.
pciBound.setMaster();
// @ts-expect-error enableDeviceMem needs Device<Core>; a Device<Normal> proves nothing.
pciNormal.enableDeviceMem();
// @ts-expect-error setMaster needs Device<Core>.
pciNormal.setMaster();
