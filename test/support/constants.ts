/** Password of the demo users in the template database every test file clones. */
export const TEST_DEMO_PASSWORD = 'test-demo-password';
export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
export const TEST_DB_PREFIX = 'roster_test_';
