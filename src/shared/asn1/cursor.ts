import { universalName } from './tags.js';
import { childrenOf, DerError, describeTag, isContext, isUniversal, type Tlv } from './tlv.js';

/** Sequential reader over the children of a SEQUENCE, for schema-shaped decoding. */
export class Cursor {
  private readonly items: Tlv[];
  private readonly what: string;
  private index = 0;
  constructor(parent: Tlv, what: string) {
    this.items = childrenOf(parent);
    this.what = what;
  }
  static of(t: Tlv, universalTag: number, what: string): Cursor {
    if (!isUniversal(t, universalTag))
      throw new DerError(`${what}: expected ${universalName(universalTag)}, found ${describeTag(t)}`);
    return new Cursor(t, what);
  }
  peek(): Tlv | undefined {
    return this.items[this.index];
  }
  /** The next child; it must exist (and have the given universal tag when given). */
  next(field: string, universalTag?: number): Tlv {
    const t = this.items[this.index];
    if (!t) throw new DerError(`${this.what}: missing ${field}`);
    if (universalTag !== undefined && !isUniversal(t, universalTag)) {
      throw new DerError(
        `${this.what}: ${field} should be ${universalName(universalTag)}, found ${describeTag(t)}`,
      );
    }
    this.index++;
    return t;
  }
  /** The next child if it is context tag [n]. */
  optionalContext(n: number): Tlv | undefined {
    const t = this.items[this.index];
    if (t && isContext(t, n)) {
      this.index++;
      return t;
    }
    return undefined;
  }
  optionalUniversal(n: number): Tlv | undefined {
    const t = this.items[this.index];
    if (t && isUniversal(t, n)) {
      this.index++;
      return t;
    }
    return undefined;
  }
  remaining(): number {
    return this.items.length - this.index;
  }
  end(): void {
    const t = this.items[this.index];
    if (t) throw new DerError(`${this.what}: unexpected ${describeTag(t)} after the last field`);
  }
}
