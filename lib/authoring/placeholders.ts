/** The example text new files start with (`npm run new`); `check:content` reports any left in. */
export const PLACEHOLDER = {
  description: "Write one or two sentences here that tell a reader what they will learn.",
  opening: "Start here: what will the reader learn, and why does it matter to them?",
  /** The example section: its heading (written `## A first heading`) and its one line of text. */
  heading: "A first heading",
  text: "Your text.",
  bio: "Write a few sentences about yourself: what you make, where you work and what you love about it.",
} as const;
