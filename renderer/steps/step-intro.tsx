import { selectPrefix } from '../store/prefix';
import { useAppState, useCurrentStep } from '../store/store-context';
import { wizardSteps } from './wizard-steps';

/** The current step's heading and what it will do; the step's own controls sit below it. */
export function StepIntro() {
  const current = useCurrentStep();
  const prefix = useAppState(selectPrefix);
  const index = wizardSteps.findIndex((step) => step.id === current);
  const step = wizardSteps[index];
  if (step === undefined) return null;
  return (
    <header className="step-intro">
      <h2 id="step-title" tabIndex={-1}>
        <span className="eyebrow">
          Step {index + 1} of {wizardSteps.length}
        </span>{' '}
        {step.title}
      </h2>
      <p className="muted">{step.summary(prefix)}</p>
    </header>
  );
}
