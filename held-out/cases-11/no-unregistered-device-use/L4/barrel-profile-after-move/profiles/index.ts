// Barrel for the profile helpers.
export { applyProfile, type Profile } from './apply.js';
