import type { SimulatorToken } from '../../../simulator';
import type { Credentials } from '../../security/support/leaks';

/**
 * A test-only token, distinct from the public demo token, so any appearance of this secret in
 * output is a leak and not a demo value quoted on purpose.
 */
export const SUITE_CREDENTIALS: Credentials = {
  tokenId: '5e7c1a9d-2b4f-4c6e-8a1d-3f9b0c7e2d45',
  secret: 'Fx9+kQ2/vR7mLs4Tz0WbYp8NcHe3JuGa6DiKo1SnXq5VtMw-ZrEyBl',
};

export const SUITE_TOKEN: SimulatorToken = {
  tokenId: SUITE_CREDENTIALS.tokenId,
  alg: 'HS256',
  secret: SUITE_CREDENTIALS.secret,
  username: 'fault.suite@acme.example',
};
