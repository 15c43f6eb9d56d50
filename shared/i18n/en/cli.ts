import { msg } from '../define';

export const EN_CLI = {
} as const;
