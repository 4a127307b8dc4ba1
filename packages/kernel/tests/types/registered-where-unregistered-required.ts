// model.md "What tsc must reject": a registered device where an `UnregisteredDevice` is required.
import { drm } from '@bindsafe/kernel';
import { pciBound, registered, udev, uninit } from './fixtures.js';

// Correct: Registration.new takes the UnregisteredDevice by value.
const registration = drm.Registration.new(pciBound, udev, { vramSize: 1 }, 0);

// @ts-expect-error a registered drm.Device cannot be registered again.
drm.Registration.new(pciBound, registered, { vramSize: 1 }, 0);
// @ts-expect-error nor can the device of a registration.
drm.Registration.new(pciBound, registration.device(), { vramSize: 1 }, 0);
// @ts-expect-error an Uninit drm.Device is not an UnregisteredDevice (it may have been registered).
drm.Registration.new(pciBound, uninit, { vramSize: 1 }, 0);
