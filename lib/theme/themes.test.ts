import { describe, expect, it } from 'vitest';
import { parseThemeChoice, themeAttribute } from './themes';

describe('theme choice', () => {
  it('reads the cookie, and follows the system for anything else', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('system')).toBe('system');
    expect(parseThemeChoice(undefined)).toBe('system');
    expect(parseThemeChoice('"><script>')).toBe('system');
  });

  it('pins the tokens only for an explicit choice', () => {
    expect(themeAttribute('light')).toBe('light');
    expect(themeAttribute('dark')).toBe('dark');
    expect(themeAttribute('system')).toBeUndefined();
  });
});
