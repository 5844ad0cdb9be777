import path from "node:path";
import type { PublicFolder } from "../content/image-path";

/**
 * Every file under public/, which the site serves as it is whether a page uses it or not, with
 * the address it is served at. Links to folders are not followed: they could lead back up.
 */
export async function servedFiles(folder: PublicFolder): Promise<{ file: string; address: string }[]> {
  const served: { file: string; address: string }[] = [];
  const walk = async (dir: string, address: string): Promise<void> => {
    for (const entry of (await folder.entries(dir)) ?? []) {
      const file = path.join(dir, entry.name);
      if (entry.folder) await walk(file, `${address}${entry.name}/`);
      else served.push({ file, address: `${address}${entry.name}` });
    }
  };
  await walk(folder.root, "/");
  return served;
}
