import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { Igny8, NotFoundError } from '../src/index.js';
import { BASE_URL, fail, server, url } from './mock-api.js';

const id = '00000000-0000-4000-8000-00000000000a';

describe('documents', () => {
  it('resolves an invoice PDF as its bytes, asking for any type', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 fake');
    let accept: string | null = null;
    server.use(
      http.get(url(`/v1/billing/invoices/${id}/pdf`), ({ request }) => {
        accept = request.headers.get('accept');
        return new HttpResponse(pdf, { headers: { 'content-type': 'application/pdf' } });
      }),
    );
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_test' });
    const bytes = await client.billing.invoicePdf(id);
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(accept).toBe('*/*');
  });

  it('still turns an error envelope into its error class', async () => {
    server.use(http.get(url(`/v1/billing/invoices/${id}/pdf`), () => fail(404, 'NOT_FOUND', { requestId: 'req_pdf' })));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_test' });
    const error = await client.billing.invoicePdf(id).catch((e: unknown) => e);
    expect(NotFoundError.is(error)).toBe(true);
    expect((error as NotFoundError).requestId).toBe('req_pdf');
  });
});
