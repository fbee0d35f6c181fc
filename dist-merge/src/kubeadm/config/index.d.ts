export { loadKubeadmConfig, type LoadOptions } from './load.js';
export { printInitDefaults, printJoinDefaults, toKubeYaml } from './print.js';
export { DEFAULTS } from './defaults.js';
export { parseGoDuration, formatGoDuration, normalizeGoDuration } from './duration.js';
export type * from './types.js';
