export { indexDevice } from './index-devs.js';
