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
