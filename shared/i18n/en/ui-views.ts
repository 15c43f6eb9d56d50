
export const EN_UI_VIEWS = {
} as const;
