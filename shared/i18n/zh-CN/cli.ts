import type { AreaTexts } from '../define';
import type { EN_CLI } from '../en/cli';

export const ZH_CN_CLI: AreaTexts<typeof EN_CLI> = {};
