import { useAppState } from '../store/store-context';
import { wizardSteps } from './wizard-steps';

/** The current step's heading and what it will do; the step's own controls sit below it. */
export function StepIntro() {
  const current = useAppState((state) => state.currentStep);
  const index = wizardSteps.findIndex((step) => step.id === current);
  const step = wizardSteps[index];
  if (step === undefined) return null;
  return (
    <header className="step-intro">
      <p className="eyebrow">
        Step {index + 1} of {wizardSteps.length}
      </p>
      <h2 id="step-title">{step.title}</h2>
      <p className="muted">{step.summary}</p>
    </header>
  );
}
