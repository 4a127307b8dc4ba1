// Barrel of the lifecycle helpers.
export { publish, retire } from './lifecycle.js';
