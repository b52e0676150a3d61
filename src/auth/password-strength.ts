import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type * as Common from '@zxcvbn-ts/language-common';
import type * as English from '@zxcvbn-ts/language-en';
import { registerDecorator, ValidationArguments } from 'class-validator';

/** The shortest password accepted; shorter ones get the length message alone. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * At least 10^10 guesses by zxcvbn's estimate: past its top score's 10^10 line. Its score 3 (10^8) still lets
 * "Summer2024!!!", "letmein-letmein" and a person's own name reversed through; those are what a cracker
 * tries first against a leaked hash.
 */
const MIN_GUESSES_LOG10 = 10;

// The dictionaries (offline, from the packages) are required, not imported: they take about 40 MB and most of a
// second of CPU to load, which a process that never checks a password (the resolver CLI, migrations) keeps. The
// HTTP app loads them before it listens (loadPasswordDictionaries); any other process on its first check.
let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () => {
  if (!estimator) {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded only where passwords are checked, see above */
    const common = require('@zxcvbn-ts/language-common') as typeof Common;
    const english = require('@zxcvbn-ts/language-en') as typeof English;
    /* eslint-enable @typescript-eslint/no-require-imports */
    estimator = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  }
  return estimator;
};

/**
 * Loads the dictionaries and judges one password, so the first person to choose a password does not wait for
 * them (about 0.6 s of CPU on a quiet machine, near 2 s on a busy one). Called once while the HTTP app starts.
 */
export function loadPasswordDictionaries(): void {
  zxcvbn().check('warm up the password dictionaries');
}

/** Whether this process holds the password dictionaries yet. */
export const passwordDictionariesLoaded = (): boolean => estimator !== undefined;

/**
 * The words a guesser who knows the person tries first: each input whole ("jo.user@sec.example", "Jo User"), an
 * e-mail's local part ("jo.user") and domain, and every part between `.`, `_`, `-`, `+`, `@` and spaces ("jo", "user").
 */
export function knownWords(userInputs: string[]): string[] {
  const words = userInputs.flatMap((input) => {
    const whole = input.trim().toLowerCase();
    const [local, domain] = whole.includes('@') ? [whole.slice(0, whole.lastIndexOf('@')), whole.slice(whole.lastIndexOf('@') + 1)] : [];
    return [whole, whole.replace(/\s+/g, ''), local, domain, ...whole.split(/[^\p{L}\p{N}]+/u)];
  });
  return [...new Set(words.filter((word): word is string => !!word))];
}

/** Fewer letters and digits than this left once the person's own words are taken out: the password is about them. */
const MIN_OWN_CHARACTERS = 8;

// zxcvbn scores "Jo User Jo User!" as a repeat of an unknown phrase; taking the known words out says what is left.
function mostlyKnown(password: string, known: string[]): boolean {
  if (!known.length) return false;
  let rest = password.toLowerCase();
  for (const word of [...known].sort((a, b) => b.length - a.length)) if (word.length > 1) rest = rest.replaceAll(word, '');
  return rest.replace(/[^\p{L}\p{N}]+/gu, '').length < MIN_OWN_CHARACTERS;
}

/**
 * Why `password` would be easy to guess, as a sentence for the person choosing it, or null when it is good
 * enough. `userInputs` (the person's e-mail, name) count as known words: a password built from them is weak.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  if (!password.trim()) return 'password must not be only spaces';
  const known = knownWords(userInputs);
  const { guessesLog10, feedback, sequence } = zxcvbn().check(password, known);
  const aboutYou = 'password is too easy to guess: it contains your e-mail address or name; choose words that are not about you.';
  if (mostlyKnown(password, known)) return aboutYou;
  if (guessesLog10 >= MIN_GUESSES_LOG10) return null;
  if (sequence.some((match) => 'dictionaryName' in match && match.dictionaryName === 'userInputs')) return aboutYou;
  const why = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess: ${why || `it would fall to about 10^${Math.floor(guessesLog10)} guesses; add another uncommon word.`}`;
}

/**
 * class-validator rule for a new password: not whitespace only and not guessable (passwordWeakness), judged
 * with the object's `email` and `name` as known words. Passwords under the minimum length pass here so that
 * the length rule alone speaks for them.
 */
export function IsHardToGuess(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHardToGuess',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH || !weaknessOf(value, args),
        defaultMessage: (args?: ValidationArguments) => weaknessOf(String(args?.value), args) ?? 'password is too easy to guess',
      },
    });
}

function weaknessOf(password: string, args?: ValidationArguments): string | null {
  const person = (args?.object ?? {}) as { email?: unknown; name?: unknown };
  return passwordWeakness(
    password,
    [person.email, person.name].filter((v): v is string => typeof v === 'string'),
  );
}
