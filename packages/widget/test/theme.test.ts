import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  cssVariableName,
  DARK_THEME,
  LIGHT_THEME,
  resolveTheme,
  TOKEN_NAMES,
  themeToCss,
} from '../src/theme/tokens.js';

describe('theme tokens', () => {
  it('map to --igny8-* custom properties in kebab case', () => {
    expect(cssVariableName('primary')).toBe('--igny8-primary');
    expect(cssVariableName('mutedText')).toBe('--igny8-muted-text');
    const css = themeToCss(LIGHT_THEME);
    expect(css).toContain('--igny8-primary: #2271b1;');
    expect(css).toContain('--igny8-font-size: 13px;');
    expect(css.match(/--igny8-/g)).toHaveLength(TOKEN_NAMES.length);
  });

  it('overlay the host’s tokens on the mode’s defaults and drop keys outside the set', () => {
    const theme = resolveTheme({ mode: 'dark', primary: '#ff00aa', bogus: 'x' } as never);
    expect(theme.primary).toBe('#ff00aa');
    expect(theme.background).toBe(DARK_THEME.background);
    expect(theme).not.toHaveProperty('bogus');
    expect(resolveTheme().primary).toBe('#2271b1');
  });

  it('cannot break out of the declaration', () => {
    const css = themeToCss(resolveTheme({ primary: 'red; } body { display: none' }));
    expect(css).not.toMatch(/[{}]/);
    expect(css).toContain('--igny8-primary: red  body  display: none;');
  });

  it.each([
    ['light', LIGHT_THEME],
    ['dark', DARK_THEME],
  ])('%s defaults meet WCAG AA contrast (4.5:1) for text', (_mode, theme) => {
    for (const fg of [theme.text, theme.mutedText, theme.primary, theme.danger, theme.success]) {
      for (const bg of [theme.background, theme.surface]) {
        expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrastRatio(theme.onPrimary, theme.primary)).toBeGreaterThanOrEqual(4.5);
  });
});
