import { countedAddress } from './rate-limit.service';

describe('the address a rate limit counts', () => {
  it('counts an IPv6 address by its /64, so fresh addresses from one network share one budget', () => {
    const one = countedAddress('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd');
    expect(one).toBe('2001:db8:1234:5678::/64');
    expect(countedAddress('2001:db8:1234:5678::1')).toBe(one);
    expect(countedAddress('2001:0DB8:1234:5678:0:0:0:2')).toBe(one);
    expect(countedAddress('2001:db8:1234:5679::1')).not.toBe(one);
  });

  it('counts an IPv4 address as itself, however it is written', () => {
    expect(countedAddress('198.51.100.23')).toBe('198.51.100.23');
    expect(countedAddress('::ffff:198.51.100.23')).toBe('198.51.100.23');
    expect(countedAddress('198.51.100.24')).not.toBe(countedAddress('198.51.100.23'));
  });

  it('counts what it cannot read as itself, and no address as one', () => {
    expect(countedAddress('not an address')).toBe('not an address');
    expect(countedAddress(undefined)).toBe('unknown');
    expect(countedAddress('')).toBe('unknown');
  });
});
