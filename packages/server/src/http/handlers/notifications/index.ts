// A member's notification preferences (`/v1/me/notification-preferences`). The list and the read marks are in
// billing/billing.ts with the rest of the account's notices.
import { getPreferences, updatePreferences } from '../../../domain/notifications/preferences.js';
import type { HandlerGroup } from '../../handler.js';

export const notificationPreferenceHandlers: HandlerGroup = {
  getNotificationPreferences: async ({ db, actor }) => ({ data: await getPreferences(db, actor) }),
  updateNotificationPreferences: async ({ db, actor, body }) => ({
    data: await updatePreferences(db, actor, body.preferences),
  }),
};
