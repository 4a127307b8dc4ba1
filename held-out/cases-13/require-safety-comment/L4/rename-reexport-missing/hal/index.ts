// The platform layer's barrel: short names for the driver modules.
export { pokeUnchecked as poke, PokeWidth } from './mmio.js';
