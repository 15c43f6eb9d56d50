// The phases of one device's setup, stated once: the engine's table, the checklist, the outcome
// sentences and the audit record's schema all derive from this list. A phase added here without
// a label or its words fails to compile (the Records below), and the audit schema takes it as is.
export const RUN_PHASES = [
  'prepare',
  'find',
  'join',
  'talk',
  'configure',
  'connect',
  'restore',
  'verify',
] as const;

export type RunPhase = (typeof RUN_PHASES)[number];

/** The checklist's line for each phase. */
export const PHASE_LABELS: Readonly<Record<RunPhase, string>> = {
  prepare: 'Prepare with the cloud',
  find: 'Find the device',
  join: "Join the device's network",
  talk: 'Talk to the device',
  configure: 'Send the Wi-Fi settings',
  connect: 'Tell the device to connect',
  restore: "Return to this computer's Wi-Fi",
  verify: 'Check with the cloud',
};

/** "… while <words>": how outcome sentences name the phase something happened in. */
export const PHASE_WORDS: Readonly<Record<RunPhase, string>> = {
  prepare: 'preparing with the cloud',
  find: 'looking for the device',
  join: "joining the device's network",
  talk: 'talking to the device',
  configure: 'sending the Wi-Fi settings',
  connect: 'telling the device to connect',
  restore: 'returning this computer to its Wi-Fi',
  verify: 'checking with the cloud',
};
