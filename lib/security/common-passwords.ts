/**
 * The most common passwords of public breach corpora (SecLists' top lists, NCSC's 100k list), lowercased,
 * keeping only those of 8–128 characters: shorter ones are refused by length already. Small on
 * purpose: NIST 800-63B asks for a blocklist of known-bad values, not for composition rules.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "123123123", "11111111", "111111111", "00000000",
  "000000000", "88888888", "87654321", "99999999", "66666666", "55555555", "12341234", "11223344",
  "112233445566", "123321123", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx", "1qaz2wsx3edc", "zaq12wsx",
  "qwertyuiop", "qwerty123", "qwerty1234", "qwertyui", "qwerty12", "asdfghjkl", "asdfasdf", "zxcvbnm1",
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
  "pa55word", "passpass", "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball",
  "welcome1", "welcome123", "superman", "starwars", "trustno1", "letmein1", "whatever", "michelle",
  "jennifer", "computer", "corvette", "mercedes", "maverick", "midnight", "internet", "chocolate",
  "1234qwer", "abcd1234", "abc12345", "abcdefgh", "a1b2c3d4", "q1w2e3r4", "q1w2e3r4t5", "admin123",
  "administrator", "changeme", "changeme123", "default1", "secret123", "letmein123", "monkey123", "dragon123",
  "liverpool", "arsenal1", "chelsea1", "juventus", "password!", "qwerty!@#", "1234abcd", "11111111a",
  "aa123456", "a123456789", "qazwsxedc", "qweasdzxc", "zxcvbnm123", "asdf1234", "pokemon1", "blink182",
  "987654321", "147258369", "159753159", "741852963", "963852741", "12344321", "20202020", "19871987",
  // Italian favourites (Orgplan's first users are Italian).
  "ciaociao", "ciao1234", "amoremio", "juventus1", "forzainter", "forzamilan", "forzaroma", "napoli1926",
  "password01", "famiglia", "cambiami", "benvenuto", "1234567890a", "qwertyuiop1",
  // The product's own name and its demo password: the first things an attacker tries here.
  "orgplan1", "orgplan123", "orgplan-demo", "orgplandemo",
]);
