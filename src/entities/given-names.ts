/**
 * Familiar forms of common English given names ("Bob" for Robert, "Dave" for
 * David). A familiar form is a less specific way to name a person, like an
 * initial: "Dave Campbell" may be "David Campbell", but does not confirm it
 * (a "Chris" may be a Christopher or a Christine).
 */

/** Formal name → its familiar forms. */
const FAMILIAR: Readonly<Record<string, readonly string[]>> = {
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  william: ["bill", "billy", "will", "willie", "wm"],
  richard: ["rick", "ricky", "dick", "rich", "richie"],
  james: ["jim", "jimmy", "jamie"],
  john: ["jack", "johnny"],
  michael: ["mike", "mick", "mickey"],
  david: ["dave", "davy"],
  thomas: ["tom", "tommy"],
  joseph: ["joe", "joey"],
  charles: ["charlie", "chuck", "chas"],
  christopher: ["chris", "kit"],
  christine: ["chris", "chrissy"],
  christina: ["chris", "tina"],
  daniel: ["dan", "danny"],
  kenneth: ["ken", "kenny"],
  stephen: ["steve", "stevie"],
  steven: ["steve", "stevie"],
  edward: ["ed", "eddie", "ted", "ned"],
  anthony: ["tony"],
  andrew: ["andy", "drew"],
  patrick: ["pat", "paddy"],
  patricia: ["pat", "patty", "trish"],
  samuel: ["sam", "sammy"],
  benjamin: ["ben", "benny"],
  alexander: ["alex", "sandy"],
  jeffrey: ["jeff"],
  geoffrey: ["geoff", "jeff"],
  gregory: ["greg"],
  lawrence: ["larry"],
  laurence: ["larry"],
  matthew: ["matt"],
  nicholas: ["nick", "nicky"],
  peter: ["pete"],
  philip: ["phil"],
  phillip: ["phil"],
  timothy: ["tim", "timmy"],
  ronald: ["ron", "ronnie"],
  donald: ["don", "donnie"],
  douglas: ["doug"],
  frederick: ["fred", "freddie"],
  gerald: ["jerry", "gerry"],
  leonard: ["leo", "len", "lenny"],
  raymond: ["ray"],
  vincent: ["vince", "vinny"],
  zachary: ["zach", "zack"],
  katherine: ["kate", "kathy", "katie", "kat"],
  catherine: ["cathy", "kate", "katie", "cat"],
  kathleen: ["kathy", "kate"],
  elizabeth: ["liz", "beth", "betty", "lisa", "eliza", "libby"],
  margaret: ["maggie", "meg", "peggy", "marge"],
  jennifer: ["jen", "jenny"],
  susan: ["sue", "susie"],
  deborah: ["deb", "debbie", "debby", "debi"],
  rebecca: ["becky", "becca"],
  victoria: ["vicky", "tori"],
  jacqueline: ["jackie"],
  barbara: ["barb", "barbie"],
  dorothy: ["dot", "dottie"],
  stephanie: ["steph"],
  pamela: ["pam"],
  cynthia: ["cindy"],
  abigail: ["abby"],
  judith: ["judy", "jude"],
  arthur: ["art", "artie"],
};

const FORMAL = new Map<string, Set<string>>();
for (const [formal, familiar] of Object.entries(FAMILIAR)) {
  for (const short of familiar) {
    const set = FORMAL.get(short) ?? new Set<string>();
    set.add(formal);
    FORMAL.set(short, set);
  }
}

/**
 * Whether one given name (lower-case plain letters) is a familiar form of the
 * other: `coarser-first` when the first is ("bob", "robert"),
 * `coarser-second` when the second is, `undefined` otherwise.
 *
 * @example
 * ```ts
 * sameGivenName("dave", "david");  // "coarser-first"
 * sameGivenName("david", "daniel"); // undefined
 * ```
 */
export function sameGivenName(a: string, b: string): "coarser-first" | "coarser-second" | undefined {
  if (FORMAL.get(a)?.has(b)) return "coarser-first";
  if (FORMAL.get(b)?.has(a)) return "coarser-second";
  return undefined;
}

/**
 * Whether a word (lower-case plain letters) is a given name the table knows,
 * formal or familiar: "donald", "dave"; not "knuth".
 *
 * @example
 * ```ts
 * isGivenName("dave");  // true
 * isGivenName("knuth"); // false
 * ```
 */
export function isGivenName(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(FAMILIAR, word) || FORMAL.has(word);
}
