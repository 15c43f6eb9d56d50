import type { AreaTexts } from '../define';
import type { EN_CLI } from '../en/cli';

export const DE_CLI: AreaTexts<typeof EN_CLI> = {};
