// The closed set of theme tokens, their light and dark defaults, and how they become CSS custom properties. Hosts
// may only set these: anything else about the look stays ours, so a theme cannot break the layout.

export interface ThemeTokens {
  primary: string;
  /** Text on the primary colour (buttons). */
  onPrimary: string;
  background: string;
  surface: string;
  text: string;
  mutedText: string;
  border: string;
  danger: string;
  success: string;
  fontFamily: string;
  /** A CSS length, e.g. `13px` (wp-admin's size). */
  fontSize: string;
  radius: string;
  /** The base gap; paddings and margins are multiples of it. */
  spacing: string;
}

export type ThemeMode = 'light' | 'dark';
export type ThemeInput = Partial<ThemeTokens> & { mode?: ThemeMode };

// wp-admin's own font stack and colours (#2271b1 is its link and primary-button blue), so the widget reads as part
// of the admin. Every text colour is at least 4.5:1 on both background and surface (WCAG AA); see the theme test.
const SYSTEM_FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif';

export const LIGHT_THEME: ThemeTokens = {
  primary: '#2271b1',
  onPrimary: '#ffffff',
  background: '#f0f0f1',
  surface: '#ffffff',
  text: '#1d2327',
  mutedText: '#50575e',
  border: '#c3c4c7',
  danger: '#b32d2e',
  success: '#00702e',
  fontFamily: SYSTEM_FONT,
  fontSize: '13px',
  radius: '4px',
  spacing: '8px',
};

export const DARK_THEME: ThemeTokens = {
  primary: '#72aee6',
  onPrimary: '#101517',
  background: '#1d2327',
  surface: '#2c3338',
  text: '#f0f0f1',
  mutedText: '#c3c4c7',
  border: '#50575e',
  danger: '#ff8085',
  success: '#68de7c',
  fontFamily: SYSTEM_FONT,
  fontSize: '13px',
  radius: '4px',
  spacing: '8px',
};

export const TOKEN_NAMES = Object.keys(LIGHT_THEME) as (keyof ThemeTokens)[];

/** `mutedText` → `--igny8-muted-text`. */
export function cssVariableName(token: keyof ThemeTokens): string {
  return `--igny8-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The mode's defaults overlaid with the host's tokens; unknown keys are dropped (the set is closed). */
export function resolveTheme(input: ThemeInput = {}): ThemeTokens {
  const base = input.mode === 'dark' ? DARK_THEME : LIGHT_THEME;
  const tokens = { ...base };
  for (const name of TOKEN_NAMES) {
    const value = input[name];
    if (typeof value === 'string' && value.trim() !== '') tokens[name] = sanitize(value);
  }
  return tokens;
}

// A token lands inside a style rule; a `;`, brace or angle bracket could end the declaration and inject another.
function sanitize(value: string): string {
  return value.replace(/[;{}<>]/g, '').trim();
}

/** The declarations of every token, e.g. `--igny8-primary: #2271b1;`, for a `:host` (or wrapper) rule. */
export function themeToCss(tokens: ThemeTokens): string {
  return TOKEN_NAMES.map((name) => `${cssVariableName(name)}: ${tokens[name]};`).join(' ');
}

/** WCAG relative-luminance contrast of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const [r, g, bl] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
