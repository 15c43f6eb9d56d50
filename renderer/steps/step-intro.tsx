import { useAppState } from '../store/store-context';
import { wizardSteps } from './wizard-steps';

/** The current step's heading and what it will do; the step's own controls sit below it. */
export function StepIntro() {
  const current = useAppState((state) => state.currentStep);
  const index = wizardSteps.findIndex((step) => step.id === current);
  const step = wizardSteps[index];
  if (step === undefined) return null;
  return (
    <section className="card step-intro" aria-labelledby="step-title">
      <p className="eyebrow">
        Step {index + 1} of {wizardSteps.length}
      </p>
      <h2 id="step-title">{step.title}</h2>
      <p>{step.summary}</p>
      <p className="muted small" data-testid="step-placeholder">
        This step is being built. The readiness check below already runs against this computer.
      </p>
    </section>
  );
}
