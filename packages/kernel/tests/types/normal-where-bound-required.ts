// model.md "What tsc must reject": a Normal device where `Device<Bound>` is required (`Devres`,
// `iomap*`, `Registration.new`, `UnregisteredDevice.new`).
import { auxiliary, devres, drm, type pci } from '@bindsafe/kernel';
import { genericBound, genericNormal, pciBound, pciDrmDriver, pciNormal, udev } from './fixtures.js';

declare const bar: devres.Devres<pci.Bar>;
const disposable: Disposable = { [Symbol.dispose]: () => undefined };

// Correct: with a bound device.
new devres.Devres(genericBound, 1);
devres.register(genericBound, disposable);
bar.access(genericBound);
drm.UnregisteredDevice.new(pciDrmDriver, pciBound, { name: 'x' });
drm.Registration.new(pciBound, udev, { vramSize: 1 }, 0);
auxiliary.Registration.new(genericBound, 'child', 0, 'parent');

// @ts-expect-error new Devres needs Device<Bound>.
new devres.Devres(genericNormal, 1);
// @ts-expect-error devres.register needs Device<Bound>.
devres.register(genericNormal, disposable);
// @ts-expect-error Devres.access needs Device<Bound> as proof of binding.
bar.access(genericNormal);
// @ts-expect-error iomapRegion needs Device<Bound>.
pciNormal.iomapRegion(0, 'bar0');
// @ts-expect-error UnregisteredDevice.new needs the parent as Device<Bound>.
drm.UnregisteredDevice.new(pciDrmDriver, pciNormal, { name: 'x' });
// @ts-expect-error Registration.new needs the parent as Device<Bound>.
drm.Registration.new(pciNormal, udev, { vramSize: 1 }, 0);
// @ts-expect-error auxiliary.Registration.new needs Device<Bound>.
auxiliary.Registration.new(genericNormal, 'child', 0, 'parent');
