/**
 * A runtime list of every member of a string union, checked at compile time: leaving a member out is a
 * type error, so a validator's list cannot fall behind the type when a member is added.
 */
export function allOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): readonly T[] => list;
}
