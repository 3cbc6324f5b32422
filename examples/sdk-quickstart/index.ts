// The developer journey in one script. Start the server (`pnpm start` at the repository root), build the SDK
// (`pnpm --filter @igny8/sdk build`), then: `pnpm --filter @igny8/example-sdk-quickstart start`.
import { Igny8, isAPIError } from '@igny8/sdk';

const baseUrl = process.env.IGNY8_URL ?? 'http://localhost:8080';
const client = new Igny8({ baseUrl });

const email = `quickstart-${Date.now()}@example.com`;
const session = await client.auth.signup({ email, password: 'a-long-password', name: 'Quickstart' });
console.log(`signed up ${session.user.email}: account ${session.account.id} on the ${session.account.plan.name} plan`);

const { data: industries } = await client.industries.list({ limit: 100 });
const industry = industries.find((i) => i.slug === 'technology') ?? industries[0];
if (!industry) throw new Error('no industries seeded');
const site = await client.sites.create({ name: 'My blog', url: 'https://blog.example.com', industry_id: industry.id });
const sectors = await client.sites.selectSectors(site.id, { sector_ids: [industry.sectors[0]!.id] });
console.log(`site ${site.name} in ${industry.name}: ${sectors.map((s) => s.name).join(', ')}`);

for await (const s of client.sites.list({ limit: 50 })) console.log(`- ${s.id} ${s.name}`);

try {
  await client.sites.create({ name: 'A second site', industry_id: industry.id });
} catch (error) {
  if (isAPIError(error) && error.code === 'PLAN_LIMIT_REACHED') console.log(`as expected: ${error.message}`);
  else throw error;
}

const started = await client.account.export();
const done = await client.operations.wait(started.id, { intervalMs: 250 });
console.log(`export ${done.status}: ${JSON.stringify(done.result).length} bytes`);
