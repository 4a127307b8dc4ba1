// Barrel of the naming helpers.
export { label } from './naming.js';
