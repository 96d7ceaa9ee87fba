import { RecordTable } from './record-table.js';

interface Item {
  id: string;
  timestamp: number;
}

describe('RecordTable', () => {
  const table = () => new RecordTable<Item>((r) => r.id, (r) => r.timestamp);

  it('reads by row version after a given Timestamp, a touched record moving to the end', () => {
    const t = table();
    const a = { id: 'a', timestamp: 1 };
    const b = { id: 'b', timestamp: 2 };
    const c = { id: 'c', timestamp: 3 };
    [a, b, c].forEach((item) => t.insert(item));

    a.timestamp = 4;
    t.touched(a);

    expect([...t.inTimestampOrder(0)].map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect([...t.inTimestampOrder(2)].map((r) => r.id)).toEqual(['c', 'a']);
    expect([...t.inTimestampOrder(4)]).toEqual([]);
  });

  it('drops removed records from every order and stays correct through compaction', () => {
    const t = table();
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `k${String(i).padStart(5, '0')}`, timestamp: i + 1 }));
    items.forEach((item) => t.insert(item));
    let timestamp = 3000;
    for (const item of items.slice(0, 2500)) {
      item.timestamp = ++timestamp;
      t.touched(item);
    }
    t.remove('k00001');

    const byVersion = [...t.inTimestampOrder(0)];
    expect(byVersion).toHaveLength(2999);
    expect(byVersion.map((r) => r.timestamp)).toEqual([...byVersion.map((r) => r.timestamp)].sort((x, y) => x - y));
    expect([...t.inKeyOrder('k02997')].map((r) => r.id)).toEqual(['k02998', 'k02999']);
    expect(t.get('K00002')?.id).toBe('k00002');
    expect(t.get('k00001')).toBeUndefined();
  });
});
