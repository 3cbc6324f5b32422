import { getOperation, presentOperation } from '../../../domain/operations/operations.js';
import type { HandlerGroup } from '../../handler.js';

export const operationHandlers: HandlerGroup = {
  getOperation: async ({ db, params }) => ({ data: presentOperation(await getOperation(db, params.operation_id)) }),
};
