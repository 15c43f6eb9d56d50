import { msg } from '../define';

export const EN_UI_VIEWS = {
} as const;
