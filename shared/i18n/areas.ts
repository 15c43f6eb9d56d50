// The English catalogue's areas, one file each (en/<area>.ts), in the order translators read
// them; every other language has the same files (de/<area>.ts, zh-CN/<area>.ts). The sync script
// (scripts/i18n-sync.ts) walks this list to give each language every id English has.
import type { AreaTexts } from './define';
import { EN_CLI } from './en/cli';
import { EN_CLOUD } from './en/cloud';
import { EN_CORE } from './en/core';
import { EN_LED } from './en/led';
import { EN_OUTCOME } from './en/outcome';
import { EN_RETURNS } from './en/returns';
import { EN_RUN } from './en/run';
import { EN_SOFTAP } from './en/softap';
import { EN_STATION } from './en/station';
import { EN_SYSTEM } from './en/system';
import { EN_UI } from './en/ui';
import { EN_UI_VIEWS } from './en/ui-views';
import { EN_VALIDATE } from './en/validate';
import { EN_WIFI } from './en/wifi';

export const EN_AREAS = {
  core: EN_CORE,
  validate: EN_VALIDATE,
  run: EN_RUN,
  outcome: EN_OUTCOME,
  led: EN_LED,
  wifi: EN_WIFI,
  softap: EN_SOFTAP,
  cloud: EN_CLOUD,
  system: EN_SYSTEM,
  station: EN_STATION,
  returns: EN_RETURNS,
  cli: EN_CLI,
  ui: EN_UI,
  'ui-views': EN_UI_VIEWS,
} as const;

export type AreaName = keyof typeof EN_AREAS;

/** One language: a file per English area, each with every id of that area. */
export type LanguageAreas = { readonly [A in AreaName]: AreaTexts<(typeof EN_AREAS)[A]> };
