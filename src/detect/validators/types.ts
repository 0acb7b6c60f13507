/**
 * A validator gets the matched text (separators included) and answers:
 * `true` valid (the pattern's validatedScore applies), `false` invalid (the
 * candidate is dropped), `null` undecided (the base score stays).
 */
export type Validator = (value: string) => boolean | null;
export type ValidatorTable = Readonly<Record<string, Validator>>;
