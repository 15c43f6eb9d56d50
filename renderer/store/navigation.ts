// The one navigation table: which wizard step is shown is derived from the state (a run in
// progress is Set up, a finished one is Result, no account is Account), never set by hand at
// the call sites. The operator's own choice among the steps before a run is `place`.
import type { AccountSummary } from '../../shared/provisioning';
import type { WizardStepId } from '../steps/wizard-steps';

/** The steps the operator moves between before a run starts. */
export type Place = 'account' | 'wifi' | 'find';

export interface NavFacts {
  place: Place;
  account: AccountSummary | null;
  run: { outcome: unknown } | null;
}

const running = (s: NavFacts): boolean => s.run !== null && s.run.outcome === null;
const finished = (s: NavFacts): boolean => s.run !== null && s.run.outcome !== null;

/** When each step may be shown. Places need no run in progress; all but Account an account. */
const OPEN: Readonly<Record<WizardStepId, (s: NavFacts) => boolean>> = {
  account: (s) => !running(s),
  wifi: (s) => !running(s) && s.account !== null,
  find: (s) => !running(s) && s.account !== null,
  setup: running,
  result: finished,
};

export function currentStep(s: NavFacts): WizardStepId {
  if (running(s)) return 'setup';
  if (finished(s)) return 'result';
  return OPEN[s.place](s) ? s.place : 'account';
}

export const isPlace = (step: WizardStepId): step is Place =>
  step === 'account' || step === 'wifi' || step === 'find';

/** Whether the step rail may take the operator to `step` (never into or out of a running setup). */
export const canGoTo = (step: WizardStepId, s: NavFacts): boolean =>
  isPlace(step) && step !== currentStep(s) && OPEN[step](s);
