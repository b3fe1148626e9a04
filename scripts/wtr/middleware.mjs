/**
 * Test-server routes that play the part of a partner's servers: feeds and articles that fail in
 * the ways real servers fail, and pages served with a strict Content-Security-Policy.
 */
export const testServerMiddleware = [];
