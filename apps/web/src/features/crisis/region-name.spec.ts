import { SUPPORTED_REGIONS } from '@lantern/crisis';
import { regionChoices, regionName } from './region-name';

describe('the regions a reader chooses from', () => {
  it('lists every region with lines once, by its English name, in alphabetical order', () => {
    const choices = regionChoices();
    expect(choices.map((choice) => choice.value).sort()).toEqual([...SUPPORTED_REGIONS].sort());
    const labels = choices.map((choice) => choice.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(labels.slice(0, 3)).toEqual(['Australia', 'Austria', 'Belgium']);
    expect(choices.find((choice) => choice.value === 'GB')?.label).toBe('United Kingdom');
  });

  it('names the international lines "Somewhere else"', () => {
    expect(regionName('INTL')).toBe('Somewhere else');
  });
});
