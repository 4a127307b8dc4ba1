export { registerCard } from './card.js';
export type { AuxDevice } from '../../../../../cases/_shared/aux-drm.js';
