/** Rust editions; string comparison orders them ('2015' < '2018' < '2021' < '2024'). */
export type Edition = '2015' | '2018' | '2021' | '2024';
