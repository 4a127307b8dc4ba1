export { parkEngines, type EngineSlot } from './park.js';
