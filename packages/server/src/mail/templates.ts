// The emails' look: a text part and an HTML part from the same words, in the account's brand (its name as sender
// and signature, its colour as the accent, its logo on top). Plain template strings: every value that reaches the
// HTML goes through escapeHtml, so a title such as `<script>` is shown as text, never run or parsed.
import type { MailMessage } from './mailer.js';

/** Igny8's own accent, for an account without a brand colour. */
export const DEFAULT_ACCENT = '#2271b1';

export interface MailBrand {
  /** The brand's name, or the account's. */
  name: string;
  /** `#rrggbb`. */
  color: string;
  /** An https address, or none. */
  logoUrl: string | null;
}

/** The brand of an account row (migration 0019): each part falls back to the account's name or Igny8's colour. */
export function brandOf(account: {
  name: string;
  brand_name: string | null;
  brand_color: string | null;
  brand_logo_url: string | null;
}): MailBrand {
  return {
    name: account.brand_name || account.name,
    // The column's check and the contract hold these already; checked again here, where they meet HTML.
    color: account.brand_color && /^#[0-9a-f]{6}$/i.test(account.brand_color) ? account.brand_color : DEFAULT_ACCENT,
    logoUrl: account.brand_logo_url?.startsWith('https://') ? account.brand_logo_url : null,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Paragraphs at blank lines, line breaks within them kept. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export interface NotificationEmailInput {
  to: string;
  brand: MailBrand;
  title: string;
  body: string;
  /** Where the recipient chooses which notifications they get. */
  preferencesUrl: string;
}

/** A notification as an email: subject the title, body the notification's body, signed with the brand. */
export function notificationEmail(input: NotificationEmailInput): MailMessage {
  const { brand } = input;
  const text = [
    input.title,
    '',
    input.body,
    '',
    '--',
    brand.name,
    `Choose which notifications you get: ${input.preferencesUrl}`,
    '',
  ].join('\n');
  const logo = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" height="40" style="display:block;max-height:40px;border:0">`
    : `<span style="font-size:18px;font-weight:bold;color:#ffffff">${escapeHtml(brand.name)}</span>`;
  const html = `<!doctype html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f0f0f1;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1d2327">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f0f1;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:6px;overflow:hidden">
<tr><td style="background:${brand.color};padding:16px 24px">${logo}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<h1 style="margin:0 0 16px;font-size:20px;color:${brand.color}">${escapeHtml(input.title)}</h1>
${paragraphs(input.body)}
<p style="margin:24px 0 0">${escapeHtml(brand.name)}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #dcdcde;font-size:12px;color:#646970">
<a href="${escapeHtml(input.preferencesUrl)}" style="color:${brand.color}">Choose which notifications you get</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  // A header is one line: the subject's whitespace, line breaks included, becomes single spaces.
  return { to: input.to, subject: input.title.replace(/\s+/g, ' ').trim(), text, html, fromName: brand.name };
}
