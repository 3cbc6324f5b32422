// Stripe's API for the billing tests, answered in the test's process (msw): a Checkout Session for any invoice, with
// an id that names it. Every other request (to our own server) goes through.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export function stripeCheckoutApi(base: string) {
  return setupServer(
    http.post(`${base}/v1/checkout/sessions`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const id = `cs_test_${form.get('metadata[invoice_id]')?.slice(0, 8)}_${Math.random().toString(36).slice(2, 8)}`;
      return HttpResponse.json({ id, object: 'checkout.session', url: `https://checkout.example.test/pay/${id}` });
    }),
  );
}

/** The `checkout.session.completed` event Stripe sends when the session of `invoice` is paid, as its raw body. */
export function checkoutCompletedEvent(
  sessionId: string,
  invoice: { id: string; number: string },
  accountId: string,
  amountCents = 4_900,
): string {
  return JSON.stringify({
    id: `evt_${crypto.randomUUID().replace(/-/g, '')}`,
    object: 'event',
    type: 'checkout.session.completed',
    data: {
      object: {
        id: sessionId,
        object: 'checkout.session',
        payment_status: 'paid',
        amount_total: amountCents,
        currency: 'usd',
        client_reference_id: invoice.id,
        metadata: { invoice_id: invoice.id, account_id: accountId, invoice_number: invoice.number },
      },
    },
  });
}
