export { withParent } from './guarded.js';
