// Barrel for the registry module.
export { publish, lookup } from './directory.js';
