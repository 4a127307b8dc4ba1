export { sample } from './stats.js';
