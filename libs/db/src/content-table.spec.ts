import { contentTable } from './content-table';

describe('contentTable', () => {
  it('names the table of a post and of a chat message', () => {
    expect(contentTable('post')).toBe('posts');
    expect(contentTable('message')).toBe('messages');
  });

  it('names no table for an item about anything else, nor for names every object has', () => {
    for (const kind of ['member', 'support_request', '', 'posts', 'toString', 'constructor', '__proto__', 'hasOwnProperty', undefined]) {
      expect(contentTable(kind)).toBeNull();
    }
  });
});
