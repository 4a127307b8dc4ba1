export { track as watchDevice, onTracked } from './tracker.js';
