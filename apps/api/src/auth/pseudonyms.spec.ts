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
