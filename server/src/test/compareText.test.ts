import { strict as assert } from 'node:assert';
import { compareText } from '../languageService/util/compareText';

describe('compareText: English collation, whatever the machine’s locale', () => {
  it('orders suggestion-like and code-like texts as English collation does: case after letters, digits by value of each', () => {
    const texts = [
      'src-2.69',
      'Speech Recognition',
      'a',
      'statement-final-period',
      'src-2.61',
      'Speech clarity',
      'A',
      'safi-2026',
      'aB',
      'ab',
      'é',
      'e',
      'f',
      'E',
    ];
    assert.deepEqual([...texts].sort(compareText), [
      'a',
      'A',
      'ab',
      'aB',
      'e',
      'E',
      'é',
      'f',
      'safi-2026',
      'Speech clarity',
      'Speech Recognition',
      'src-2.61',
      'src-2.69',
      'statement-final-period',
    ]);
  });
});
