// model.md "What tsc must reject": `unbindGuard()` on an `Uninit` device.
import type { drm } from '@bindsafe/kernel';
import { registered, uninit, udev, type PciDrm } from './fixtures.js';

// Correct: a Registered device (the default context) has `unbindGuard()`, and a Registered device
// is accepted where an Uninit one is.
const guard = registered.unbindGuard();
guard?.release();
const asUninit: drm.Device<PciDrm, drm.Uninit> = registered;

// @ts-expect-error unbindGuard needs drm.Device<D, Registered>.
uninit.unbindGuard();
// @ts-expect-error the Uninit view of an unregistered device has no unbindGuard either.
udev.assumeCtx().unbindGuard();
// @ts-expect-error an Uninit device is not accepted where a Registered one is.
const asRegistered: drm.Device<PciDrm> = asUninit;
void asRegistered;
