import { describe, expect, it } from 'vitest';
import { mergeCoSigners, parseCoSigners } from './parse-co-signers';

describe('parseCoSigners', () => {
  it('reads tab, comma, full-width comma, 、 and space separated lines', () => {
    const text = [
      '张三\t南湖区代表团\t0101',
      '李四，秀洲区代表团，0102',
      '王五、嘉善县代表团、0103',
      'Li Na, Haining, 0104',
      '赵六 平湖市代表团 0105',
      '',
      '  ',
    ].join('\n');
    expect(parseCoSigners(text)).toEqual([
      { name: '张三', delegation: '南湖区代表团', deputyNumber: '0101' },
      { name: '李四', delegation: '秀洲区代表团', deputyNumber: '0102' },
      { name: '王五', delegation: '嘉善县代表团', deputyNumber: '0103' },
      { name: 'Li Na', delegation: 'Haining', deputyNumber: '0104' },
      { name: '赵六', delegation: '平湖市代表团', deputyNumber: '0105' },
    ]);
  });

  it('keeps a name alone, and Windows line ends', () => {
    expect(parseCoSigners('钱七\r\n孙八，桐乡市\r\n')).toEqual([
      { name: '钱七', delegation: '', deputyNumber: '' },
      { name: '孙八', delegation: '桐乡市', deputyNumber: '' },
    ]);
  });

  it('appends after the rows that hold something, dropping empty rows', () => {
    const empty = { name: '', delegation: '', deputyNumber: '' };
    const one = { name: 'A', delegation: '', deputyNumber: '' };
    expect(mergeCoSigners([empty, one, empty], [{ name: 'B', delegation: 'x', deputyNumber: '1' }])).toEqual([
      one,
      { name: 'B', delegation: 'x', deputyNumber: '1' },
    ]);
  });
});
