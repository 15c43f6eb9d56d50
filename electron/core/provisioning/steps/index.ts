// Every step of the table, by name: the runner looks each one up here.
import type { StepFunctions } from '../step-io';
import { configureStep, connectStep, importNowStep } from './configure-steps';
import { chooseNetworkStep, identifyStep, scanStep, talkStep } from './device-steps';
import { confirmStep, importHopStep, restoreStep, resumeStep, verifyStep } from './home-steps';
import { prepareStep } from './prepare-step';
import { findStep, joinStep } from './trip-steps';

export const STEP_FUNCTIONS: StepFunctions = {
  prepare: prepareStep,
  find: findStep,
  join: joinStep,
  identify: identifyStep,
  talk: talkStep,
  scan: scanStep,
  'choose-network': chooseNetworkStep,
  configure: configureStep,
  'import-now': importNowStep,
  connect: connectStep,
  restore: restoreStep,
  'import-hop': importHopStep,
  resume: resumeStep,
  verify: verifyStep,
  confirm: confirmStep,
};
