// @igny8/contract: everything derived from openapi.yaml. The files in generated/ are written by
// `pnpm codegen`; this index is the only hand-written file.

export { document } from './generated/document.js';
export type { ErrorCode } from './generated/errors.js';
export { errorStatus } from './generated/errors.js';
export type { components, operations as OperationTypes, paths } from './generated/openapi.js';
export type { Access, OperationId, OperationManifest, Role } from './generated/operations.js';
export { operations } from './generated/operations.js';
export * as schemas from './generated/schemas.js';
export { validators } from './generated/validators.js';
