import { type OperationRow, presentOperation } from '../../../domain/operations/operations.js';
import { getVisibleOperation } from '../../../domain/operations/visible.js';
import type { HandlerGroup } from '../../handler.js';

/** The 202 answer of work started: the Operation, and where to follow it. */
export const accepted = (operation: OperationRow) => ({
  data: presentOperation(operation),
  headers: { Location: `/v1/operations/${operation.id}` },
});

export const operationHandlers: HandlerGroup = {
  getOperation: async ({ db, actor, params }) => ({
    data: presentOperation(await getVisibleOperation(db, actor, params.operation_id)),
  }),
};
