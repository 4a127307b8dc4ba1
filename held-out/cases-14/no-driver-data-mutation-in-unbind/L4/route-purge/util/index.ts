export { Maps as MapUtil } from './maps.js';
