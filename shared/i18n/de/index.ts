// Every area of this language (written by scripts/i18n-sync.ts; the areas are en/'s).
import type { LanguageAreas } from '../areas';
import { DE_CLI } from './cli';
import { DE_CLOUD } from './cloud';
import { DE_CORE } from './core';
import { DE_LED } from './led';
import { DE_OUTCOME } from './outcome';
import { DE_RETURNS } from './returns';
import { DE_RUN } from './run';
import { DE_SOFTAP } from './softap';
import { DE_STATION } from './station';
import { DE_SYSTEM } from './system';
import { DE_UI } from './ui';
import { DE_UI_VIEWS } from './ui-views';
import { DE_VALIDATE } from './validate';
import { DE_WIFI } from './wifi';

export const DE_AREAS: LanguageAreas = {
  core: DE_CORE,
  validate: DE_VALIDATE,
  run: DE_RUN,
  outcome: DE_OUTCOME,
  led: DE_LED,
  wifi: DE_WIFI,
  softap: DE_SOFTAP,
  cloud: DE_CLOUD,
  system: DE_SYSTEM,
  station: DE_STATION,
  returns: DE_RETURNS,
  cli: DE_CLI,
  ui: DE_UI,
  'ui-views': DE_UI_VIEWS,
};
