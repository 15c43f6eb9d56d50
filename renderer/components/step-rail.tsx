import { useAppState } from '../store/store-context';
import { wizardSteps } from '../steps/wizard-steps';

export function StepRail() {
  const current = useAppState((state) => state.currentStep);
  const currentIndex = wizardSteps.findIndex((step) => step.id === current);
  return (
    <nav className="step-rail" aria-label="Setup steps">
      <ol>
        {wizardSteps.map((step, index) => {
          const state =
            index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
          return (
            <li
              key={step.id}
              className={`rail-step rail-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="rail-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="rail-text">
                <span className="rail-title">{step.title}</span>
                <span className="rail-hint">{step.hint}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
