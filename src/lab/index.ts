/** The lab: several namespace hosts on one machine that look like the guide's prerequisites. */
export {
  createLab,
  destroyLab,
  listLabs,
  loadLab,
  execInHost,
  hostExecArgv,
  sshArgv,
  connectLabHost,
  labLogin,
  stopHost,
  startHost,
  hostCpuSeconds,
  type CreateLabOptions,
  type DestroyLabOptions,
  type LabSummary,
} from './lab.js';
export type { LabState, LabHostState, HostStatus } from './state.js';
export {
  DEFAULT_LAB_NAME,
  DEFAULT_SPEC,
  LAB_BRIDGE,
  LAB_GATEWAY,
  LAB_SUDO_USER,
  LABS_ROOT,
  PAUSE_IMAGE,
  kubeletCgroupRoot,
  plannedHosts,
  validateSpec,
  type HostRole,
  type LabSpec,
} from './constants.js';
