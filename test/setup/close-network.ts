// Platform APIs are never reachable: any HTTP call a test did not mock with nock fails.
// Loopback stays open for the real services (PostgreSQL, Redis, apps/sandbox, SMTP sink).
// nock patches Node's http/net globally, but Jest gives every test file a fresh module registry
// (so a fresh nock that patches again): undo the patches when the file ends, or the layers pile
// up within a worker and later files see their loopback connections reset.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});
