// TEMPORARY (issue 14 in progress): operations of the contract whose handlers are being written. Each answers
// 503 UNAVAILABLE until its group replaces it; this file is deleted when the last one lands.
import { AppError } from '../../errors.js';
import type { HandlerGroup } from '../handler.js';

const pending = async () => {
  throw new AppError('UNAVAILABLE', 'Not implemented yet.');
};

export const pendingHandlers: HandlerGroup = {
  getNotificationPreferences: pending,
  updateNotificationPreferences: pending,
  listAuditEvents: pending,
};
