/** Time source. Services never call `new Date()` so tests can pin "now". */
export type Clock = { now(): Date };
