import { afterAll } from "@jest/globals";
import nock from "nock";

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterAll(() => {
  // Interceptors otherwise leak into the next test file.
  nock.cleanAll();
  nock.restore();
});
