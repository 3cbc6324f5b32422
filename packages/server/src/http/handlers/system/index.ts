import { databaseAnswers } from '../../../db/readiness.js';
import { AppError } from '../../../errors.js';
import type { HandlerGroup } from '../../handler.js';

export const systemHandlers: HandlerGroup = {
  getHealth: async () => ({ data: { status: 'ok' } }),
  getReadiness: async ({ deps }) => {
    const checks: Record<string, 'ok' | 'failing'> = {};
    checks.database = (await databaseAnswers(deps.db.app)) ? 'ok' : 'failing';
    checks.jobs = (await deps.jobs.ready().catch(() => false)) ? 'ok' : 'failing';
    const failing = Object.entries(checks).filter(([, v]) => v === 'failing');
    if (failing.length) {
      throw new AppError('UNAVAILABLE', `Not ready: ${failing.map(([k]) => k).join(', ')}.`, { checks });
    }
    return { data: { status: 'ok', checks } };
  },
};
