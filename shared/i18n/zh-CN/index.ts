// Every area of this language (written by scripts/i18n-sync.ts; the areas are en/'s).
import type { LanguageAreas } from '../areas';
import { ZH_CN_CLI } from './cli';
import { ZH_CN_CLOUD } from './cloud';
import { ZH_CN_CORE } from './core';
import { ZH_CN_LED } from './led';
import { ZH_CN_OUTCOME } from './outcome';
import { ZH_CN_RETURNS } from './returns';
import { ZH_CN_RUN } from './run';
import { ZH_CN_SOFTAP } from './softap';
import { ZH_CN_STATION } from './station';
import { ZH_CN_SYSTEM } from './system';
import { ZH_CN_UI } from './ui';
import { ZH_CN_UI_VIEWS } from './ui-views';
import { ZH_CN_VALIDATE } from './validate';
import { ZH_CN_WIFI } from './wifi';

export const ZH_CN_AREAS: LanguageAreas = {
  core: ZH_CN_CORE,
  validate: ZH_CN_VALIDATE,
  run: ZH_CN_RUN,
  outcome: ZH_CN_OUTCOME,
  led: ZH_CN_LED,
  wifi: ZH_CN_WIFI,
  softap: ZH_CN_SOFTAP,
  cloud: ZH_CN_CLOUD,
  system: ZH_CN_SYSTEM,
  station: ZH_CN_STATION,
  returns: ZH_CN_RETURNS,
  cli: ZH_CN_CLI,
  ui: ZH_CN_UI,
  'ui-views': ZH_CN_UI_VIEWS,
};
