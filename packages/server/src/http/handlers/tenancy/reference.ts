import { listPublicPlans, presentPlan } from '../../../domain/billing/plans.js';
import { getIndustry, listIndustries } from '../../../domain/tenancy/industries.js';
import type { HandlerGroup } from '../../handler.js';

export const referenceHandlers: HandlerGroup = {
  listPlans: async ({ deps }) => ({ data: (await listPublicPlans(deps.db.app)).map(presentPlan) }),
  listIndustries: async ({ db, query }) => listIndustries(db, query),
  getIndustry: async ({ db, params }) => ({ data: await getIndustry(db, params.industry_id) }),
};
