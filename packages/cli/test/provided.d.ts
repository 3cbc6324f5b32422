// The server's global setup provides the run's PostgreSQL to the test server (vitest's `inject('databaseUrl')`);
// importing its types brings that declaration in.
import type {} from '@igny8/server/testing/global-setup';
