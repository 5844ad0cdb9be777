/**
 * `npm run bench:photos`: the photograph figures of `npm run bench` on their own (build-time picture
 * work; the eight-photo article on a phone). `-- --port 3610` (default) for its `next start`.
 */
import { runCommand } from "../cli";
import { measurePhotoPage, photoPageTable } from "./photo-page";
import { measurePhotoWork, photoWorkTable } from "./photo-work";

runCommand(async () => {
  const index = process.argv.indexOf("--port");
  const port = index > 0 ? Number(process.argv[index + 1]) : 3610;
  console.log("Picture work at build time …");
  const work = photoWorkTable(await measurePhotoWork());
  console.log(`${work}\n\nThe eight-photo article: build, serve on port ${port}, load as a phone …`);
  console.log(photoPageTable(await measurePhotoPage(port)));
  return 0;
});
