// model.md "What tsc must reject": `unbindGuard`/`withUnbindGuard` on an `UnregisteredDevice` or an
// `Uninit` device.
import { registered, udev, uninit } from './fixtures.js';

// Correct: a registered device has guards.
registered.unbindGuard()?.release();
registered.withUnbindGuard((parent) => parent.vendorId);

// @ts-expect-error an UnregisteredDevice has no guard methods.
udev.unbindGuard();
// @ts-expect-error an UnregisteredDevice has no guard methods.
udev.withUnbindGuard(() => 0);
// @ts-expect-error unbindGuard needs drm.Device<D, Registered>, not Uninit.
uninit.unbindGuard();
// @ts-expect-error withUnbindGuard needs drm.Device<D, Registered>, not Uninit.
uninit.withUnbindGuard(() => 0);
