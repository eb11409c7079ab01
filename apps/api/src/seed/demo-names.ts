/** First and last names for the demo people: Estonian and English. */

export const ESTONIAN_FIRST_NAMES: readonly string[] = [
  'Mari', 'Kadri', 'Liis', 'Kristiina', 'Triin', 'Piret', 'Kati', 'Maarja', 'Anneli', 'Eve',
  'Helen', 'Kerli', 'Merike', 'Reet', 'Sirje', 'Tiina', 'Ülle', 'Ene', 'Getter', 'Grete',
  'Hanna', 'Helena', 'Kaisa', 'Karin', 'Katrin', 'Laura', 'Liina', 'Marju', 'Maret', 'Pille',
  'Riina', 'Signe', 'Sandra', 'Tuuli', 'Eliise', 'Kätlin', 'Mirjam', 'Birgit', 'Elo', 'Annika',
  'Andres', 'Jaan', 'Jüri', 'Mart', 'Peeter', 'Tõnu', 'Toomas', 'Urmas', 'Margus', 'Priit',
  'Rein', 'Tarmo', 'Siim', 'Kristjan', 'Rasmus', 'Martin', 'Marko', 'Raivo', 'Indrek', 'Ott',
  'Aivar', 'Erki', 'Hendrik', 'Jaanus', 'Kaarel', 'Lauri', 'Madis', 'Meelis', 'Oliver', 'Rait',
  'Risto', 'Sander', 'Taavi', 'Tanel', 'Tõnis', 'Villu', 'Karl', 'Mihkel', 'Joonas', 'Kaspar',
];

export const ESTONIAN_LAST_NAMES: readonly string[] = [
  'Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel',
  'Kuusk', 'Lepik', 'Lõhmus', 'Raudsepp', 'Vaher', 'Kallas', 'Luik', 'Teder', 'Karu', 'Kivi',
  'Põder', 'Mets', 'Ots', 'Jõgi', 'Kaasik', 'Kõiv', 'Laur', 'Lill', 'Liiv', 'Mölder',
  'Nurk', 'Oja', 'Paju', 'Pihlak', 'Puusepp', 'Rand', 'Rätsep', 'Sild', 'Sirel', 'Tomson',
  'Uibo', 'Vares', 'Västrik', 'Kütt', 'Org', 'Aas', 'Valk', 'Toom', 'Jürgens', 'Lind',
  'Ader', 'Hallik', 'Järv', 'Kivisild', 'Laane', 'Meri', 'Must', 'Nõmm', 'Peterson', 'Roos',
];

export const ENGLISH_FIRST_NAMES: readonly string[] = [
  'Emma', 'Olivia', 'Sophie', 'Grace', 'Lucy', 'Chloe', 'Hannah', 'Amelia', 'Jessica', 'Rachel',
  'Laura', 'Sarah', 'Megan', 'Charlotte', 'Alice', 'Ella', 'Ruth', 'Claire', 'Kate', 'Fiona',
  'James', 'Oliver', 'Jack', 'Harry', 'Thomas', 'William', 'Daniel', 'Samuel', 'George', 'Matthew',
  'Luke', 'Adam', 'Ryan', 'Michael', 'David', 'Peter', 'Andrew', 'Simon', 'Owen', 'Ethan',
];

export const ENGLISH_LAST_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
  'Hughes', 'Edwards', 'Turner', 'Hill', 'Moore', 'Cooper', 'Ward', 'Morris', 'King', 'Baker',
  'Harris', 'Lewis', 'Young', 'Allen', 'Mitchell', 'Carter', 'Phillips', 'Bennett', 'Parker', 'Shaw',
];

const ASCII: Record<string, string> = { õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' };

/** 'Tõnu Mägi' → 'tonu.magi': lower case, Estonian letters to ASCII, for work e-mail addresses. */
export function emailLocalPart(first: string, last: string): string {
  const ascii = (s: string) =>
    s.toLowerCase().replace(/[õäöüšž]/g, (c) => ASCII[c] ?? c).replace(/[^a-z0-9]/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}
