// A site's WordPress integration, as stored.
export interface IntegrationRow {
  id: string;
  account_id: string;
  site_id: string;
  status: 'connected' | 'error';
  wordpress_url: string;
  /** The site's REST root as it reported it or as discovered; null until known. */
  rest_url: string | null;
  /** The origin of the site's wp-admin: its widget sessions are granted CORS from there. */
  widget_origin: string | null;
  secret_current: string;
  secret_previous: string | null;
  previous_valid_until: Date | null;
  wp_version: string | null;
  plugin_version: string | null;
  seo_plugin: string | null;
  metadata: Record<string, unknown>;
  connected_at: Date;
  last_checked_at: Date | null;
  last_error: string | null;
  synced_at: Date | null;
}
