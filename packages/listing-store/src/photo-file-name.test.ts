import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { photoFileName } from './photo-file-name.js';

describe('photoFileName', () => {
  it('names a photo by its key and type', () => {
    assert.equal(photoFileName('photo:1b7c-42', 'image/jpeg'), '1b7c-42.jpg');
    assert.equal(photoFileName('photo:1b7c-42', 'IMAGE/PNG'), '1b7c-42.png');
  });

  it('refuses a type a storefront cannot show and a key that would escape its folder', () => {
    assert.equal(photoFileName('photo:1b7c', 'application/pdf'), undefined);
    assert.equal(photoFileName('photo:1b7c', ''), undefined);
    assert.equal(photoFileName('photo:../../etc', 'image/jpeg'), undefined);
  });
});
