/** The colour themes a person may pick; `system` follows the browser's prefers-color-scheme. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export const defaultTheme: ThemeChoice = 'system';

/** The cookie that remembers the choice, read by the root layout so the first paint is right. */
export const themeCookie = 'callboard-theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

/** The cookie's value as a choice; anything else (missing, tampered) follows the system. */
export function parseThemeChoice(value: string | undefined): ThemeChoice {
  return isThemeChoice(value) ? value : defaultTheme;
}

/**
 * The `data-theme` attribute for `<html>`: an explicit choice pins the tokens; none lets the CSS
 * media query decide, so no script has to run before the first paint.
 */
export function themeAttribute(choice: ThemeChoice): 'light' | 'dark' | undefined {
  return choice === 'system' ? undefined : choice;
}
