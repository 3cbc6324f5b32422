// The WordPress plugin's own OpenAPI document (wp-bridge/openapi.yaml) against the routes its PHP registers: every
// `register_rest_route` (and the base controller's `signed_route`) under wp-bridge/includes/ is read from the source —
// namespace, route regex turned into an OpenAPI path template, methods — and the two lists must be equal both ways.
// Signed routes document the four signature headers; the one route that is not signed says how it is authenticated.
// Sample payloads are checked against the document's schemas, so the shapes the server sends stay the documented ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { postPayload } from '../../src/domain/publishing/payload.js';

const root = resolve(import.meta.dirname, '../../../..');
const includes = join(root, 'wp-bridge/includes');
const spec = parse(readFileSync(join(root, 'wp-bridge/openapi.yaml'), 'utf8'));

const METHODS: Record<string, string[]> = {
  READABLE: ['GET'],
  CREATABLE: ['POST'],
  EDITABLE: ['POST', 'PUT', 'PATCH'],
  DELETABLE: ['DELETE'],
  ALLMETHODS: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
};
const HTTP = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Route {
  file: string;
  namespace: string;
  path: string;
  methods: string[];
  signed: boolean;
}

/** `(?P<name>…)` groups become `{name}`; a regex that is not only literal text and named groups is refused. */
function templateOf(route: string): string {
  let out = '';
  for (let i = 0; i < route.length; ) {
    if (route.startsWith('(?P<', i)) {
      const end = route.indexOf('>', i);
      const name = route.slice(i + 4, end);
      let depth = 1;
      let j = end + 1;
      for (; j < route.length && depth > 0; j++) {
        if (route[j] === '\\') j++;
        else if (route[j] === '(') depth++;
        else if (route[j] === ')') depth--;
      }
      out += `{${name}}`;
      i = j;
    } else if (/[A-Za-z0-9/_-]/.test(route[i] as string)) {
      out += route[i];
      i++;
    } else {
      throw new Error(`route ${route}: only literal text and named groups are supported`);
    }
  }
  return out;
}

function constants(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/const\s+(\w+)\s*=\s*'([^']*)'/g)].map((m) => [m[1], m[2]]));
}

function routesInSource(): Route[] {
  const files = readdirSync(includes).filter((f) => f.endsWith('.php'));
  const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(includes, f), 'utf8')]));
  const base = constants(sources['class-igny8-rest-controller.php'] ?? '');
  const routes: Route[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const own = { ...base, ...constants(source) };
    const ns = (expr: string) => {
      const literal = /^'([^']*)'$/.exec(expr);
      if (literal) return literal[1] as string;
      const constant = /^(?:self|static|[A-Z]\w*)::(\w+)$/.exec(expr);
      if (constant && own[constant[1] as string]) return own[constant[1] as string] as string;
      throw new Error(`${file}: cannot read the namespace ${expr}`);
    };
    for (const m of source.matchAll(
      /register_rest_route\(\s*([^,]+?)\s*,\s*'([^']+)'\s*,\s*array\(\s*'methods'\s*=>\s*WP_REST_Server::(\w+)([\s\S]*?)\n\t\t\);/g,
    )) {
      const permission = /'permission_callback'\s*=>\s*([^\n]+)/.exec(m[4] as string)?.[1] ?? '';
      routes.push({
        file,
        namespace: ns(m[1] as string),
        path: templateOf(m[2] as string),
        methods: METHODS[m[3] as string] ?? [],
        signed: /verify_signature|verify_rest_request/.test(permission),
      });
      expect({ file, route: m[2], permission }).not.toMatchObject({
        permission: expect.stringMatching(/__return_true|^$/),
      });
    }
    for (const m of source.matchAll(/\$this->signed_route\(\s*'([^']+)'\s*,\s*WP_REST_Server::(\w+)/g)) {
      routes.push({
        file,
        namespace: base.REST_NAMESPACE as string,
        path: templateOf(m[1] as string),
        methods: METHODS[m[2] as string] ?? [],
        signed: true,
      });
    }
  }
  return routes;
}

const routes = routesInSource();
const key = (path: string, method: string) => `${method.toUpperCase()} ${path}`;
const inSource = routes.flatMap((r) => r.methods.map((m) => key(r.path, m))).sort();
const inSpec = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
  .flatMap(([path, item]) =>
    Object.keys(item)
      .filter((k) => HTTP.includes(k))
      .map((m) => key(path, m)),
  )
  .sort();

describe('the plugin OpenAPI document and the routes the plugin registers', () => {
  it('reads routes from the PHP source, all in the igny8/v1 namespace', () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(routes.map((r) => r.namespace))).toEqual(new Set(['igny8/v1']));
    expect(templateOf('/posts/(?P<content_id>[0-9a-f-]{36})/retract')).toBe('/posts/{content_id}/retract');
    expect(templateOf('/a/(?P<x>(?:b|c)+)')).toBe('/a/{x}');
    expect(() => templateOf('/a/.*')).toThrow();
  });

  it('documents exactly the registered paths and methods, both ways', () => {
    expect(inSpec).toEqual(inSource);
    expect(inSource).toEqual([
      'GET /health',
      'GET /site',
      'POST /posts',
      'POST /posts/{content_id}/retract',
      'POST /widget-session',
    ]);
  });

  it('documents the signature headers on every signed route, and another scheme on the others', () => {
    const refs = (op: { parameters?: { $ref?: string; name?: string }[] }) =>
      (op.parameters ?? []).map((p) => p.$ref?.split('/').pop() ?? p.name);
    for (const route of routes) {
      for (const method of route.methods) {
        const op = spec.paths[route.path][method.toLowerCase()];
        const security = op.security ?? spec.security;
        if (route.signed) {
          expect({ route: route.path, security }).toEqual({ route: route.path, security: [{ igny8Signature: [] }] });
          expect(refs(op)).toEqual(expect.arrayContaining(['Site', 'Timestamp', 'Nonce', 'Signature']));
          expect(Object.keys(op.responses)).toContain('401');
        } else {
          expect(security).not.toEqual([{ igny8Signature: [] }]);
        }
      }
    }
    const header = (name: string) => spec.components.parameters[name].name;
    expect(['Site', 'Timestamp', 'Nonce', 'Signature'].map(header)).toEqual([
      'X-Igny8-Site',
      'X-Igny8-Timestamp',
      'X-Igny8-Nonce',
      'X-Igny8-Signature',
    ]);
    // Path parameters are declared for every template variable.
    for (const route of routes) {
      for (const variable of route.path.match(/\{(\w+)\}/g) ?? []) {
        const name = variable.slice(1, -1);
        const op = spec.paths[route.path][(route.methods[0] as string).toLowerCase()];
        expect(op.parameters.some((p: { in?: string; name?: string }) => p.in === 'path' && p.name === name)).toBe(
          true,
        );
      }
    }
  });

  describe('sample payloads against the schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'plugin', components: spec.components } as never);
    const schema = (name: string) => ajv.getSchema(`plugin#/components/schemas/${name}`);
    const uuid = '0e8400e2-9b1d-41d4-a716-446655440000';
    const image = { image_id: uuid, version: '1', url: 'https://api.test/f.png', alt: 'A rose', filename: 'rose.png' };
    const post = {
      content_id: uuid,
      title: 'How to prune roses',
      html: '<p>Hi</p>',
      excerpt: '',
      slug: null,
      status: 'future',
      date_gmt: '2030-01-01T09:00:00Z',
      categories: ['Garden', 'Roses'],
      tags: ['a', 'b', 'c'],
      author_id: null,
      featured_image: image,
      images: [image],
      seo: { title: 'T', description: null, focus_keyword: 'roses', canonical: null },
      json_ld: { '@type': 'Article' },
      force: false,
    };

    it('accepts the upsert body the brief describes and refuses wrong ones', () => {
      const check = schema('PostInput');
      expect(check?.(post), JSON.stringify(check?.errors)).toBe(true);
      expect(check?.({ content_id: uuid, title: 'x', html: '' })).toBe(true);
      for (const bad of [
        { ...post, status: 'private' },
        { ...post, date_gmt: '2030-01-01T09:00:00+02:00' },
        { ...post, categories: Array.from({ length: 21 }, (_, i) => `c${i}`) },
        { ...post, featured_image: { ...image, extra: 1 } },
        { ...post, title: '' },
        { ...post, unknown: true },
      ]) {
        expect(check?.(bad)).toBe(false);
      }
    });

    it('accepts what the server sends: its payload for a content with images, terms, SEO fields and a date', () => {
      const check = schema('PostInput');
      const content = {
        id: uuid,
        title: 'Roses & thorns',
        html: '<p>Intro.</p><h2>Pruning</h2><p>Cut.</p>',
        meta_title: 'Roses',
        meta_description: 'How to prune roses.',
        slug: 'roses-and-thorns',
        focus_keyword: 'roses',
        categories: ['Garden', 'Roses'],
        tags: ['a', 'b', 'c'],
        json_ld: { '@context': 'https://schema.org', '@type': 'Article' },
      };
      const images = [
        {
          id: uuid,
          kind: 'featured' as const,
          position: 0,
          alt: 'A rose',
          url: 'https://api.test/v1/files/t1',
          version: '2026-12-01T10:00:00.000Z',
        },
        {
          id: uuid,
          kind: 'in_article' as const,
          position: 1,
          alt: 'Pruning',
          url: 'https://api.test/v1/files/t2',
          version: '2026-12-01T10:00:00.000Z',
        },
      ];
      for (const options of [
        { status: 'publish' as const, date: null, authorId: null, force: false },
        { status: 'future' as const, date: new Date('2030-01-01T09:00:00.500Z'), authorId: 3, force: true },
      ]) {
        const body = postPayload(content, images, options);
        expect(check?.(body), JSON.stringify(check?.errors)).toBe(true);
      }
      expect(
        check?.(
          postPayload({ ...content, slug: null, json_ld: null, categories: [], tags: [] }, [], {
            status: 'draft',
            date: null,
            authorId: null,
            force: false,
          }),
        ),
      ).toBe(true);
    });

    it('accepts the answers the plugin gives', () => {
      const result = schema('PostResult');
      const answer = {
        post_id: 12,
        url: 'http://127.0.0.1:8080/how-to-prune-roses/',
        status: 'publish',
        created: true,
        modified_gmt: '2026-05-01T09:30:00Z',
        seo_plugin: 'rank_math',
        images: [{ image_id: uuid, attachment_id: 5, url: 'http://127.0.0.1:8080/wp-content/uploads/rose.png' }],
        warnings: [
          { code: 'image_refused', image_id: null, url: 'http://127.0.0.1:1/x.png', message: 'The image was not…' },
        ],
      };
      expect(result?.(answer), JSON.stringify(result?.errors)).toBe(true);
      expect(result?.({ ...answer, seo_plugin: 'rank-math' })).toBe(false);
      const invalid = schema('InvalidError');
      expect(
        invalid?.({
          code: 'igny8_invalid_post',
          message: 'Invalid field "title"',
          data: { status: 400, field: 'title' },
        }),
      ).toBe(true);
    });
  });
});
