import { Registry1795300000000 } from './1795300000000-Registry.js';

/** Every migration, in order. A new migration is added here after review. */
export const MIGRATIONS = [Registry1795300000000];
