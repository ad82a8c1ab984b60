import { nodeVersionWarning, SUPPORTED_NODE_MAJOR } from './node-version.js';

describe('nodeVersionWarning', () => {
  it('warns on a Node.js line older than the supported LTS, naming both', () => {
    expect(nodeVersionWarning('20.20.2')).toBe(
      `Node.js 20.20.2 is older than the supported Node.js ${SUPPORTED_NODE_MAJOR} LTS: it may work, but it is not supported (Node.js 20 reached its end of life on 2026-04-30). Install Node.js ${SUPPORTED_NODE_MAJOR}.`,
    );
    expect(nodeVersionWarning('22.22.0')).toMatch(/^Node\.js 22\.22\.0 is older than the supported Node\.js 24 LTS/);
  });

  it('says nothing on the supported line or a newer one', () => {
    expect([nodeVersionWarning('24.11.0'), nodeVersionWarning('24.22.3'), nodeVersionWarning('26.0.0')]).toEqual([null, null, null]);
  });
});
