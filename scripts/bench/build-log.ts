/** Where a `next build` spent its time, read from its own output. */
export type BuildPhases = { compileSeconds?: number; typesSeconds?: number; pagesSeconds?: number; pages?: number };

function seconds(match: RegExpExecArray | null, group = 1): number | undefined {
  const text = match?.[group];
  if (text === undefined) return undefined;
  const value = Number.parseFloat(text);
  return text.endsWith("ms") ? value / 1000 : text.endsWith("min") ? value * 60 : value;
}

export function parseBuildLog(log: string): BuildPhases {
  const pages = /Generating static pages[^(]*\((\d+)\/\d+\) in ([\d.]+(?:ms|s|min))/.exec(log);
  return {
    compileSeconds: seconds(/Compiled successfully in ([\d.]+(?:ms|s|min))/.exec(log)),
    typesSeconds: seconds(/Finished TypeScript in ([\d.]+(?:ms|s|min))/.exec(log)),
    pagesSeconds: seconds(pages, 2),
    pages: pages ? Number(pages[1]) : undefined,
  };
}
