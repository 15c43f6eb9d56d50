// The phases of one device's setup, stated once: the engine's table, the checklist, the outcome
// sentences and the audit record's schema all derive from this list. A phase added here without
// a label or its words fails to compile (the Records below), and the audit schema takes it as is.
// The words themselves are catalogue entries (i18n/en/run.ts).
import { m, type Message } from './i18n';

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
export const PHASE_LABELS: Readonly<Record<RunPhase, Message>> = {
  prepare: m('phase.prepare.label'),
  find: m('phase.find.label'),
  join: m('phase.join.label'),
  talk: m('phase.talk.label'),
  configure: m('phase.configure.label'),
  connect: m('phase.connect.label'),
  restore: m('phase.restore.label'),
  verify: m('phase.verify.label'),
};

/** "… while <words>": how outcome sentences name the phase something happened in. */
export const PHASE_WORDS: Readonly<Record<RunPhase, Message>> = {
  prepare: m('phase.prepare.while'),
  find: m('phase.find.while'),
  join: m('phase.join.while'),
  talk: m('phase.talk.while'),
  configure: m('phase.configure.while'),
  connect: m('phase.connect.while'),
  restore: m('phase.restore.while'),
  verify: m('phase.verify.while'),
};
