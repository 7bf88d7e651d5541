import { describe, expect, it } from 'vitest';
import { addressFromGreeting, nominativeFromVocative, vocativeOfFirstName } from '../../../templates/polish';

describe('the first name behind a vocative (issue 17, point 7)', () => {
  it('undoes regular feminine and masculine vocatives', () => {
    expect(nominativeFromVocative('Anno', 'pani')).toBe('Anna');
    expect(nominativeFromVocative('Magdaleno', 'pani')).toBe('Magdalena');
    expect(nominativeFromVocative('Kasiu', 'pani')).toBe('Kasia');
    expect(nominativeFromVocative('Olu', 'pani')).toBe('Ola');
    expect(nominativeFromVocative('Janie', 'pan')).toBe('Jan');
    expect(nominativeFromVocative('Piotrze', 'pan')).toBe('Piotr');
    expect(nominativeFromVocative('Robercie', 'pan')).toBe('Robert');
    expect(nominativeFromVocative('Konradzie', 'pan')).toBe('Konrad');
    expect(nominativeFromVocative('Michale', 'pan')).toBe('Michał');
    expect(nominativeFromVocative('Tomaszu', 'pan')).toBe('Tomasz');
    expect(nominativeFromVocative('Pawle', 'pan')).toBe('Paweł');
    expect(nominativeFromVocative('Jerzy', 'pan')).toBe('Jerzy');
  });

  it('prefers the longest ending, and leaves it empty when nothing fits', () => {
    // Marek and Mark both make "Marku": the Polish -ek rule is the more specific one.
    expect(nominativeFromVocative('Marku', 'pan')).toBe('Marek');
    expect(nominativeFromVocative('Henryku', 'pan')).toBe('Henryk');
    expect(nominativeFromVocative('Xyz', 'pani')).toBeUndefined();
    expect(nominativeFromVocative('Anna-Maria', 'pani')).toBeUndefined();
  });

  it('gives back a name whose vocative is the one read, for every name it answers', () => {
    for (const [vocative, form] of [['Anno', 'pani'], ['Janie', 'pan'], ['Ewo', 'pani'], ['Adamie', 'pan'], ['Krzysztofie', 'pan']] as const) {
      const name = nominativeFromVocative(vocative, form);
      expect(name).toBeDefined();
      expect(vocativeOfFirstName(name!, form)).toBe(vocative);
    }
  });

  it('reads the form and the name from a Polish greeting', () => {
    expect(addressFromGreeting('Pani Anno,\nprzesyłam fakturę.')).toEqual({ form: 'pani', firstName: 'Anna' });
    expect(addressFromGreeting('Szanowny Panie,\nw nawiązaniu…')).toEqual({ form: 'pan' });
    expect(addressFromGreeting('Dzień dobry Panie Janie, …')).toBeUndefined();
    expect(addressFromGreeting('Dear Mark,')).toBeUndefined();
  });
});
