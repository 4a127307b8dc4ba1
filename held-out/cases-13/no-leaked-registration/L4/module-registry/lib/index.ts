export { trackPhy, livePhys } from './registry.js';
