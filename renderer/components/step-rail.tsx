import { useAppState } from '../store/store-context';
import { wizardSteps, type WizardStepId } from '../steps/wizard-steps';

/** Steps the operator may go back to: never into or out of a run that is still going. */
const revisitable: ReadonlySet<WizardStepId> = new Set(['account', 'wifi', 'find']);

export function StepRail() {
  const current = useAppState((state) => state.currentStep);
  const goTo = useAppState((state) => state.goTo);
  const runActive = useAppState((state) => state.run !== null && state.run.outcome === null);
  const account = useAppState((state) => state.account);
  const currentIndex = wizardSteps.findIndex((step) => step.id === current);
  return (
    <nav className="step-rail" aria-label="Setup steps">
      <ol>
        {wizardSteps.map((step, index) => {
          const state =
            index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
          const canGo =
            !runActive &&
            revisitable.has(step.id) &&
            step.id !== current &&
            (step.id === 'account' || account !== null);
          const body = (
            <>
              <span className="rail-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="rail-text">
                <span className="rail-title">{step.title}</span>
                <span className="rail-hint">{step.hint}</span>
              </span>
            </>
          );
          return (
            <li
              key={step.id}
              className={`rail-step rail-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {canGo ? (
                <button type="button" className="rail-button" onClick={() => goTo(step.id)}>
                  {body}
                </button>
              ) : (
                <span className="rail-static">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
