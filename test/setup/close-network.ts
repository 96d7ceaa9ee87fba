// Platform APIs are never reachable: any HTTP call a test did not mock with nock fails.
// Loopback stays open for the real services (PostgreSQL, Redis, apps/sandbox, SMTP sink).
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
