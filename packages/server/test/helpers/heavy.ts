// The heavy end-to-end suites (a real WordPress in Chromium, a fresh clone started as root) do not
// depend on how the run's PostgreSQL was provided, so CI runs them in one of its two database modes:
// the other pass sets IGNY8_HEAVY_SUITES=elsewhere. Anywhere else they run as usual.
export const heavySuitesHere = process.env.IGNY8_HEAVY_SUITES !== 'elsewhere';
