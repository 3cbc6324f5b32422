// Builds bodies from openapi.yaml: a minimal valid one for a schema, and ways to break it.
import { document } from '@igny8/contract';

type Schema = Record<string, any>;

export function resolve(schema: Schema): Schema {
  if (schema?.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()]);
  return schema;
}

export function requestSchema(operationId: string): Schema | undefined {
  for (const item of Object.values<any>(document.paths)) {
    for (const op of Object.values<any>(item)) {
      if (op?.operationId === operationId) {
        const s = op.requestBody?.content?.['application/json']?.schema;
        return s ? resolve(s) : undefined;
      }
    }
  }
  return undefined;
}

/** A value that satisfies `schema`, as small as the schema allows. */
export function sample(schema: Schema): unknown {
  const s = resolve(schema);
  if (s.oneOf) return sample(s.oneOf.find((v: Schema) => v.type !== 'null') ?? s.oneOf[0]);
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'uuid') return crypto.randomUUID();
      if (s.format === 'email') return `sample-${crypto.randomUUID().slice(0, 8)}@example.test`;
      if (s.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (s.format === 'uri') return 'https://example.test/';
      return 'x'.repeat(Math.max(s.minLength ?? 1, 10));
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties[key]);
      if (s.minProperties && Object.keys(out).length < s.minProperties) {
        const [key, prop] = Object.entries<Schema>(s.properties)[0] as [string, Schema];
        out[key] = sample(prop);
      }
      return out;
    }
    default:
      return null;
  }
}

/** A value of the wrong JSON type for `schema`. */
export function wrongType(schema: Schema): unknown {
  const s = resolve(schema);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  if (s.oneOf || s.enum || type === 'string') return 12345;
  if (type === 'integer' || type === 'number') return 'twelve';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return { not: 'an array' };
  if (type === 'object') return ['not', 'an', 'object'];
  return { unexpected: true };
}

/** The schema of a path parameter, by name. */
export function resolveParameter(name: string): Schema | undefined {
  for (const p of Object.values<any>(document.components.parameters))
    if (p.name === name && p.in === 'path') return resolve(p.schema);
  return undefined;
}
