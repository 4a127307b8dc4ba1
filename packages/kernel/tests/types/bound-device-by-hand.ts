// model.md "What tsc must reject": constructing a bound device by hand.
import { device, drm, pci, platform, auxiliary, devres } from '@bindsafe/kernel';
import { genericBound, pciBound, pciCore } from './fixtures.js';

// Correct: bound devices come from the driver core (a callback's Device<Core> widens to Bound).
const fromCallback: pci.Device<device.Bound> = pciCore;
const generic: device.Device<device.Bound> = pciBound.asRef();
void [fromCallback, generic, genericBound];

// @ts-expect-error device.Device has no public constructor.
new device.Device<device.Bound>();
// @ts-expect-error pci.Device has no public constructor.
new pci.Device<device.Core>();
// @ts-expect-error platform.Device has no public constructor.
new platform.Device<device.Bound>();
// @ts-expect-error auxiliary.Device has no public constructor.
new auxiliary.Device<device.Bound>();
// @ts-expect-error drm.UnbindGuard has no public constructor.
new drm.UnbindGuard();
// @ts-expect-error devres.RevocableGuard has no public constructor.
new devres.RevocableGuard();

// @ts-expect-error an object literal is not a device, whatever it claims (private state).
const literal: pci.Device<device.Bound> = { name: 'fake', vendorId: 1, deviceId: 2, revision: 0 };
// @ts-expect-error a Device<Normal> handle cannot be widened up to Device<Bound>.
const upward: device.Device<device.Bound> = genericBound.toNormal();
// @ts-expect-error nor a pci.Device<Normal> handle up to pci.Device<Core>.
const upwardCore: pci.Device<device.Core> = pciBound.toNormal();
void [literal, upward, upwardCore];
