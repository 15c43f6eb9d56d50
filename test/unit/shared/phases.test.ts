// The phase list is stated once (shared/phases.ts); everything else derives from it. A phase
// added there without its label or words fails to compile; these tests prove the audit record
// and the checklist follow it without a second list to forget.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { outcomeKindSchema, runPhaseSchema, runRecordSchema } from '../../../shared/audit';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../shared/outcome';
import { PHASE_LABELS, PHASE_WORDS, RUN_PHASES, type RunPhase } from '../../../shared/phases';
import { STEPS } from '../../../electron/core/provisioning/step-table';
import { RunTracker } from '../../../electron/core/provisioning/run-tracker';
import { en } from '../../support/english';

describe('one list of phases', () => {
  it('the audit schema takes exactly the phases and outcome kinds of the shared lists', () => {
    expectTypeOf<z.infer<typeof runPhaseSchema>>().toEqualTypeOf<RunPhase>();
    expectTypeOf<z.infer<typeof outcomeKindSchema>>().toEqualTypeOf<OutcomeKind>();
    expect(runPhaseSchema.options).toEqual([...RUN_PHASES]);
    expect(outcomeKindSchema.options).toEqual([...OUTCOME_KINDS]);
  });

  it('every phase has its checklist label and outcome words, and some step shows it', () => {
    for (const phase of RUN_PHASES) {
      expect(PHASE_LABELS[phase].id).not.toBe(PHASE_WORDS[phase].id);
      expect(en(PHASE_LABELS[phase]).length).toBeGreaterThan(3);
      expect(en(PHASE_WORDS[phase]).length).toBeGreaterThan(3);
      expect(Object.values(STEPS).some((step) => step.phase === phase)).toBe(true);
    }
  });

  it("a run's timings for every phase make a valid audit record", () => {
    const tracker = new RunTracker('r', { emit: () => undefined }, () => 0);
    for (const phase of RUN_PHASES) tracker.enter(phase);
    tracker.finish('ok');
    const record = {
      type: 'run',
      id: 'r',
      startedAt: new Date(0).toISOString(),
      endedAt: new Date(0).toISOString(),
      station: '',
      operator: '',
      mode: 'developer',
      product: null,
      deviceId: null,
      ssid: null,
      customerEmail: null,
      outcome: 'success',
      errorCode: null,
      phases: tracker.records(),
      appVersion: '0',
      simulated: true,
    };
    expect(runRecordSchema.safeParse(record).success).toBe(true);
    expect(tracker.records().map((entry) => entry.phase)).toEqual([...RUN_PHASES]);
  });
});
