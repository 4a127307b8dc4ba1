// Second hop: renamed on the way.
export { remember as track } from './index.js';
