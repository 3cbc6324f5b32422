// What a partner controls about the widget's identity. Every surface that names the product takes it from here.
export interface Brand {
  /** Shown in the header and the accessible name (default "Igny8"). */
  name?: string;
  logoUrl?: string;
  supportUrl?: string;
  hidePoweredBy?: boolean;
  /** Hides the header (the host page shows its own title); the name still labels the widget for screen readers. */
  hideTitle?: boolean;
  /** The partner's words for credits and the plan, in the user's language (default: the catalogue's). */
  terms?: { credits?: string; Credits?: string; plan?: string; Plan?: string };
  /** The plan's name as the partner sells it, shown instead of the API's plan name. */
  planName?: string;
  /** The partner's sites are not WordPress: hides the WordPress-specific screens and panels. */
  hideWordPress?: boolean;
  /** Where "upgrade" leads when the partner sells plans itself (default: the Billing screen, when shown). */
  upgradeUrl?: string;
}

/** The brand's terms as message overrides (`term.credits` …), under the host's own messages. */
export function termMessages(brand: Brand): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(brand.terms ?? {})) {
    if (typeof text === 'string' && text.trim()) out[`term.${name}`] = text.trim();
  }
  return out;
}
