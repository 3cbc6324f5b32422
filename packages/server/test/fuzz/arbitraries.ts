// fast-check arbitraries made from openapi.yaml alone: a value for a JSON schema (`arbitraryFor`), a request's query
// (`queryOf`), and the ways a fuzzer breaks a body that the server must refuse (`brokenBodyOf`). Nothing here knows
// an operation by name: what a generator needs to know is said by the spec (types, formats, patterns, lengths,
// ranges, required fields, additionalProperties).
import { document, type OperationManifest } from '@igny8/contract';
import fc from 'fast-check';
import { resolve, sample, wrongType } from '../helpers/samples.js';

type Schema = Record<string, any>;

/** The types a schema allows, `null` last (so a nullable field is mostly given a value). */
function typesOf(s: Schema): string[] {
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  return [...types.filter((t) => t !== 'null'), ...types.filter((t) => t === 'null')];
}

/**
 * One character (a code point, as JSON Schema counts a string's length): mostly printable ASCII, else any code point
 * but the control characters (which the server refuses: a broken request sends those) and the lone surrogates.
 */
const character = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0xa0, max: 0x10ffff })
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => String.fromCodePoint(c)),
  },
);

/** How long a generated string may be: the schema's bounds, kept small where the schema leaves it open. */
function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 64, Math.max(minLength, 64));
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      // The common form: the server's check (zod's) is narrower than RFC 5322, which fc.emailAddress() covers.
      return fc
        .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]$/), fc.stringMatching(/^[a-z0-9]{1,20}$/))
        .filter(([local]) => !local.includes('..'))
        .map(([local, host]) => `${local}@${host}.example`)
        .filter((e) => e.length <= maxLength && e.length >= minLength);
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl().filter((u) => u.length <= maxLength);
  }
  if (s.pattern) {
    const pattern = new RegExp(s.pattern);
    const fits = (v: string) => v.length >= minLength && v.length <= maxLength && pattern.test(v);
    try {
      // fast-check generates from no look-ahead: it is left out, and what it asked is checked by `fits`.
      return fc.stringMatching(new RegExp(s.pattern.replace(/\(\?=[^)]*\)/g, ''))).filter(fits);
    } catch {
      // A pattern fast-check cannot generate from (a look-ahead): the sample, when it fits, else any string.
      const fallback = sample(s) as string;
      return fits(fallback) ? fc.constant(fallback) : fc.string({ minLength, maxLength });
    }
  }
  return fc.string({ minLength, maxLength, unit: character });
}

function numberArbitrary(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : -1e6);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : 1e6);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A schema with its `allOf` folded in (the spec uses it to give a `$ref` a description of its own). */
function merged(s: Schema): Schema {
  if (!s.allOf) return s;
  const { allOf, ...rest } = s;
  return Object.assign({}, ...allOf.map((part: Schema) => merged(resolve(part))), rest);
}

/** Any value valid for `schema`. */
export function arbitraryFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = merged(resolve(schema));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const variants = s.oneOf ?? s.anyOf;
  if (variants) return fc.oneof(...variants.map((v: Schema) => arbitraryFor(v, depth)));
  const arbitraries = typesOf(s).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'string':
        return stringArbitrary(s);
      case 'integer':
        return numberArbitrary(s, true);
      case 'number':
        return numberArbitrary(s, false);
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const minLength = s.minItems ?? 0;
        const maxLength = Math.min(s.maxItems ?? 3, Math.max(minLength, 3));
        const items = s.items ? arbitraryFor(s.items, depth + 1) : fc.string();
        return s.uniqueItems
          ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
          : fc.array(items, { minLength, maxLength });
      }
      default:
        return objectOf(s, depth);
    }
  });
  if (!arbitraries.length) return fc.constant(sample(s));
  return arbitraries.length === 1 ? (arbitraries[0] as fc.Arbitrary<unknown>) : fc.oneof(...arbitraries);
}

function objectOf(s: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties: Record<string, Schema> = s.properties ?? {};
  const required: string[] = s.required ?? [];
  if (!Object.keys(properties).length) return fc.constant({});
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryFor(v, depth + 1)])),
    {
      requiredKeys: required as never[],
    },
  );
  if (!s.minProperties) return record;
  return record.filter((o) => Object.keys(o as object).length >= s.minProperties);
}

/** The query parameters an operation declares, resolved. */
export function queryParameters(op: OperationManifest): Schema[] {
  const spec = document.paths[op.path][op.method.toLowerCase()];
  return [...(document.paths[op.path].parameters ?? []), ...(spec.parameters ?? [])]
    .map((p: Schema) => (p.$ref ? document.components.parameters[p.$ref.split('/').pop() as string] : p))
    .filter((p: Schema) => p.in === 'query');
}

/** A valid query: a generated value for some of the declared parameters (all of the required ones). */
export function queryOf(op: OperationManifest): fc.Arbitrary<Record<string, unknown>> {
  const params = queryParameters(op);
  return fc.record(Object.fromEntries(params.map((p) => [p.name, arbitraryFor(p.schema)])), {
    requiredKeys: params.filter((p) => p.required).map((p) => p.name) as never[],
  });
}

export function queryString(query: Record<string, unknown>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== null && v !== undefined);
  if (!entries.length) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** Where a body's fields sit, with their schemas (an object's own fields, not through arrays). */
function fieldsOf(schema: Schema): { key: string; schema: Schema; required: boolean }[] {
  const s = resolve(schema);
  return Object.entries<Schema>(s.properties ?? {}).map(([key, v]) => ({
    key,
    schema: merged(resolve(v)),
    required: (s.required ?? []).includes(key),
  }));
}

const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f'];

/** A string field's control-character forms: the server refuses every C0 control but tab and line breaks. */
const controlString = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROLS), fc.string({ maxLength: 8 }))
  .map(([a, c, b]) => `${a}${c}${b}`);

export interface BrokenBody {
  /** What was broken, for the failure message. */
  how: string;
  body: unknown;
}

/**
 * A body the schema refuses, made from a valid one: a field of the wrong type, a required field left out, an unknown
 * field (where additionalProperties is false), a control character in a string, a string past its maxLength, a
 * number past its range, or not an object at all (which even a free-form body is refused for).
 */
export function brokenBodyOf(schema: Schema): fc.Arbitrary<BrokenBody> {
  const s = resolve(schema);
  const valid = arbitraryFor(s) as fc.Arbitrary<Record<string, unknown>>;
  const fields = fieldsOf(s);
  const breakers: fc.Arbitrary<BrokenBody>[] = [];
  const set = (key: string, value: unknown, how: string) =>
    valid.map((body) => ({ how: `${how} (${key})`, body: { ...body, [key]: value } }));
  const typed = fields.filter((f) => !f.schema.oneOf && !f.schema['x-igny8-file'] && typesOf(f.schema).length);
  if (typed.length) {
    breakers.push(fc.constantFrom(...typed).chain((f) => set(f.key, wrongType(f.schema), 'a field of the wrong type')));
  }
  const required = fields.filter((f) => f.required);
  if (required.length) {
    breakers.push(
      fc.constantFrom(...required).chain((f) =>
        valid.map((body) => {
          const { [f.key]: _left, ...rest } = body;
          return { how: `a required field missing (${f.key})`, body: rest };
        }),
      ),
    );
  }
  if (s.additionalProperties === false) {
    breakers.push(
      fc
        .stringMatching(/^[a-z_]{1,20}$/)
        .filter((k) => !(k in (s.properties ?? {})))
        .chain((k) => set(k, 'unexpected', 'an unknown field')),
    );
  }
  const strings = typed.filter((f) => typesOf(f.schema)[0] === 'string' && !f.schema.enum);
  if (strings.length) {
    breakers.push(
      fc.tuple(fc.constantFrom(...strings), controlString).chain(([f, v]) => set(f.key, v, 'a control character')),
    );
  }
  const bounded = strings.filter((f) => f.schema.maxLength !== undefined);
  if (bounded.length) {
    breakers.push(
      fc
        .tuple(fc.constantFrom(...bounded), fc.integer({ min: 1, max: 100_000 }))
        .chain(([f, extra]) => set(f.key, 'x'.repeat(f.schema.maxLength + extra), 'a string past its maxLength')),
    );
  }
  // Past the maximum, or past what any column holds where the spec sets none.
  const numbers = typed.filter((f) => ['integer', 'number'].includes(typesOf(f.schema)[0] as string));
  if (numbers.length) {
    breakers.push(
      fc
        .tuple(fc.constantFrom(...numbers), fc.constantFrom(1, 1e9, 1e21, Number.MAX_VALUE))
        .chain(([f, extra]) =>
          set(f.key, (f.schema.maximum ?? Number.MAX_SAFE_INTEGER) + extra, 'a number past its range'),
        ),
    );
  }
  breakers.push(
    fc.constantFrom<BrokenBody>(
      { how: 'an array for a body', body: [] },
      { how: 'a string for a body', body: 'text' },
      { how: 'a number for a body', body: 1e308 },
    ),
  );
  return fc.oneof(...breakers);
}
