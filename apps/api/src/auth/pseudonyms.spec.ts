import { GENERATED_NAME_PARTS, generatePseudonym, pseudonymProblem } from './pseudonyms';

describe('generated pseudonyms', () => {
  it('are never a name a member could not choose: no slur, no role, nothing that passes for a thread alias', () => {
    const refused: string[] = [];
    for (const adjective of GENERATED_NAME_PARTS.adjectives) {
      for (const animal of GENERATED_NAME_PARTS.animals) {
        for (const number of [10, 42, 99]) {
          const name = `${adjective} ${animal} ${number}`;
          if (pseudonymProblem(name)) refused.push(name);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('draw a longer number once names were found taken, so a community that used every short one still has names', () => {
    const digits = (attempt: number) => new Set(Array.from({ length: 100 }, () => generatePseudonym(attempt).split(' ')[2].length));
    expect([digits(0), digits(3), digits(4), digits(6), digits(7), digits(9)]).toEqual([new Set([2]), new Set([2]), new Set([3]), new Set([3]), new Set([4]), new Set([4])]);
    for (let i = 0; i < 100; i++) expect(generatePseudonym(8).split(' ')[2]).toMatch(/^[1-9]\d{3}$/);
  });

  it('are an adjective, an animal and two digits', () => {
    for (let i = 0; i < 200; i++) {
      const [adjective, animal, number, ...rest] = generatePseudonym().split(' ');
      expect(rest).toEqual([]);
      expect(GENERATED_NAME_PARTS.adjectives).toContain(adjective);
      expect(GENERATED_NAME_PARTS.animals).toContain(animal);
      expect(number).toMatch(/^[1-9]\d$/);
    }
  });
});
