// model.md "What tsc must reject": Bound-only calls on a Normal device.
import { pciBound, pciNormal, platformBound, platformNormal } from './fixtures.js';

// Correct: a bound device (or a Core one) may map and request IRQs.
pciBound.iomapRegion(0, 'bar0');
pciBound.requestIrq(0, 'irq', () => undefined);
platformBound.iomapResource(0);
platformBound.requestIrq(0, 'irq', () => undefined);

// @ts-expect-error iomapRegion needs Device<Bound>; a Device<Normal> proves nothing about binding.
pciNormal.iomapRegion(0, 'bar0');
// @ts-expect-error requestIrq needs Device<Bound>.
pciNormal.requestIrq(0, 'irq', () => undefined);
// @ts-expect-error iomapResource needs Device<Bound>.
platformNormal.iomapResource(0);
// @ts-expect-error requestIrq needs Device<Bound>.
platformNormal.requestIrq(0, 'irq', () => undefined);
