// Turns the JSON Schema subset used by openapi.yaml into zod 4 source code.
// Objects declared with `additionalProperties: false` become strict objects, so unknown
// fields are rejected rather than silently dropped.
import type { JsonSchema } from './spec.ts';

export interface ZodOptions {
  /** Query strings arrive as text: parse numbers and booleans from it, strictly. */
  coerce?: boolean;
  /** How a `$ref` is written (defaults to the schema's name). */
  ref?: (name: string) => string;
  /** How a helper of schemas.ts (`plainText`) is written from where the code lands. */
  helper?: (name: string) => string;
}

/**
 * The helpers every generated file can use, declared once at the top of schemas.ts.
 *
 * `plainText`: what any string may contain. PostgreSQL refuses NUL in text, and the other C0
 * controls (tab and line breaks aside) are never meant in names, phrases or briefs: refusing them
 * in the validator makes every operation answer 400 naming the field, instead of some of them 500.
 *
 * Query numbers and booleans arrive as text. `Number()` would read `0x10` as 16 and `''` as 0, so
 * they must be written plainly in decimal (`-12`, `3.5`) and booleans as `true`/`false` (or 1/0).
 */
export const HELPERS = [
  '/** No NUL and no C0 control characters other than tab, line feed and carriage return. */',
  'export const plainText = /^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]*$/;',
  "export const plainTextMessage = 'Must not contain NUL or control characters (tab and line breaks are fine).';",
  '/** A query integer: optional minus sign and decimal digits, nothing else. */',
  'export const queryInteger = /^-?[0-9]{1,16}$/;',
  '/** A query number: optional minus sign, decimal digits, an optional fraction. */',
  'export const queryNumber = /^-?[0-9]{1,16}(\\.[0-9]{1,16})?$/;',
].join('\n');

const refName = (ref: string) => ref.replace('#/components/schemas/', '');
const lit = (v: unknown) => JSON.stringify(v);

export function toZod(schema: JsonSchema, options: ZodOptions = {}): string {
  const ref = options.ref ?? ((n: string) => n);
  const helper = options.helper ?? ((n: string) => n);
  if (schema.$ref) return ref(refName(schema.$ref));

  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== 'null');
    const nullable = nonNull.length !== variants.length;
    const inner =
      nonNull.length === 1
        ? toZod(nonNull[0] as JsonSchema, options)
        : `z.union([${nonNull.map((v) => toZod(v, options)).join(', ')}])`;
    return nullable ? `${inner}.nullable()` : inner;
  }
  if (schema.allOf) {
    const [first, ...rest] = schema.allOf.map((s) => toZod(s, options));
    return rest.reduce((acc, s) => `z.intersection(${acc}, ${s})`, first as string);
  }

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes('null');
  const several = types.filter((t) => t !== 'null');
  if (several.length > 1) {
    const union = `z.union([${several.map((t) => toZod({ ...schema, type: t }, options)).join(', ')}])`;
    return nullable ? `${union}.nullable()` : union;
  }
  const type = types.find((t) => t !== 'null');
  let out: string;

  if (schema.const !== undefined) out = `z.literal(${lit(schema.const)})`;
  else if (schema.enum) {
    out = schema.enum.every((v) => typeof v === 'string')
      ? `z.enum(${lit(schema.enum)})`
      : schema.enum.length === 1
        ? `z.literal(${lit(schema.enum[0])})`
        : `z.union([${schema.enum.map((v) => `z.literal(${lit(v)})`).join(', ')}])`;
  } else if (type === 'string') out = stringSchema(schema, helper);
  else if (type === 'integer' || type === 'number') out = numberSchema(schema, type, options.coerce, helper);
  else if (type === 'boolean')
    out = options.coerce ? "z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'] })" : 'z.boolean()';
  else if (type === 'array') out = arraySchema(schema, options);
  else if (type === 'object') out = objectSchema(schema, options);
  else if (type === 'null') out = 'z.null()';
  else out = 'z.unknown()';

  return nullable ? `${out}.nullable()` : out;
}

/** Formats whose own check already refuses every control character. */
const STRICT_FORMATS = new Set(['uuid', 'date-time', 'date']);

function stringSchema(s: JsonSchema, helper: (name: string) => string): string {
  const format = s.format as string | undefined;
  let out =
    format === 'uuid'
      ? 'z.uuid()'
      : format === 'email'
        ? 'z.email()'
        : format === 'date-time'
          ? 'z.iso.datetime({ offset: true })'
          : format === 'date'
            ? 'z.iso.date()'
            : format === 'uri'
              ? 'z.url()'
              : 'z.string()';
  if (typeof s.minLength === 'number') out += `.min(${s.minLength})`;
  if (typeof s.maxLength === 'number') out += `.max(${s.maxLength})`;
  if (typeof s.pattern === 'string') out += `.regex(new RegExp(${lit(s.pattern)}))`;
  // A file's content (`x-igny8-file`) is checked by its operation, which can say more than "a control
  // character" (which line, which encoding it looks like).
  if (!STRICT_FORMATS.has(format ?? '') && s['x-igny8-file'] !== true) {
    out += `.regex(${helper('plainText')}, ${helper('plainTextMessage')})`;
  }
  return out;
}

function numberSchema(s: JsonSchema, type: string, coerce: boolean | undefined, helper: (name: string) => string) {
  let out = 'z.number()';
  if (type === 'integer') out += '.int()';
  if (typeof s.minimum === 'number') out += `.min(${s.minimum})`;
  if (typeof s.maximum === 'number') out += `.max(${s.maximum})`;
  if (!coerce) return out;
  const [pattern, what] = type === 'integer' ? ['queryInteger', 'a whole number'] : ['queryNumber', 'a number'];
  return `z.string().regex(${helper(pattern)}, ${lit(`Must be ${what} written in decimal digits.`)}).transform(Number).pipe(${out})`;
}

function arraySchema(s: JsonSchema, options: ZodOptions): string {
  let out = `z.array(${s.items ? toZod(s.items, options) : 'z.unknown()'})`;
  if (typeof s.minItems === 'number') out += `.min(${s.minItems})`;
  if (typeof s.maxItems === 'number') out += `.max(${s.maxItems})`;
  if (s.uniqueItems) out += `.refine((items) => new Set(items).size === items.length, 'Items must be unique')`;
  return out;
}

function objectSchema(s: JsonSchema, options: ZodOptions): string {
  const props = s.properties;
  if (!props) {
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      return `z.record(z.string(), ${toZod(s.additionalProperties, options)})`;
    }
    return 'z.record(z.string(), z.unknown())';
  }
  const required = new Set(s.required ?? []);
  const fields = Object.entries(props).map(([key, value]) => {
    let field = toZod(value, options);
    // A property with no declared type (such as an operation's free-form result) may be absent or null.
    if (!required.has(key)) field += '.optional()';
    return `${/^[a-z_][a-z0-9_]*$/i.test(key) ? key : lit(key)}: ${field}`;
  });
  let out = `${s.additionalProperties === false ? 'z.strictObject' : 'z.object'}({ ${fields.join(', ')} })`;
  if (typeof s.minProperties === 'number') {
    out += `.refine((o) => Object.keys(o).length >= ${s.minProperties}, 'Give at least ${s.minProperties} field(s)')`;
  }
  return out;
}

/** Names of the component schemas `schema` refers to, directly. */
export function refsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) refsOf(s, into);
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string') into.add(refName(v));
      else refsOf(v, into);
    }
  }
  return into;
}
